namespace SimpleCrm.Application.Deals;

/// <summary>A deal's card on the board: what it shows, its place in the column and the version that guards a drag.</summary>
public sealed record DealBoardCard(
    int Id,
    string ContactName,
    string Label,
    decimal? Value,
    string? Currency,
    string? ResponsibleName,
    DateOnly? CloseBy,
    bool IsOpen,
    DateTime LastActivityAt,
    long Rank,
    Guid Version);
