namespace SimpleCrm.Application.Deals;

/// <summary>An active pipeline the board can show (its switcher and the picker).</summary>
public sealed record DealBoardPipeline(int Id, string Name, string? ResourceKey);
