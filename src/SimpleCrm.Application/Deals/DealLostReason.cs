namespace SimpleCrm.Application.Deals;

/// <summary>A lost reason the board offers when a card is dropped in a Lost column.</summary>
public sealed record DealLostReason(int Id, string Name, string? ResourceKey);
