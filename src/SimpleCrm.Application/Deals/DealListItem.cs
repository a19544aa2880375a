using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals;

/// <summary>A row of the list view (and of its export).</summary>
public sealed record DealListItem(
    int Id,
    string ContactName,
    string? Email,
    string Label,
    string StageName,
    string? StageResourceKey,
    StageKind StageKind,
    decimal? Value,
    string? Currency,
    string? ResponsibleName,
    DateOnly? CloseBy,
    bool IsOpen,
    DateTime LastActivityAt);
