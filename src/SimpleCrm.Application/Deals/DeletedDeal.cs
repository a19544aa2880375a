namespace SimpleCrm.Application.Deals;

/// <summary>
/// A soft-deleted deal an admin may restore: what it was, whose it was and who deleted it when.
/// <see cref="ContactDeleted"/>: its contact is deleted too, and comes back first.
/// </summary>
public sealed record DeletedDeal(
    int Id,
    string Label,
    int ContactId,
    string ContactName,
    bool ContactDeleted,
    string PipelineName,
    string? PipelineResourceKey,
    DealStageItem Stage,
    DateTime? DeletedAt,
    string? DeletedByName);
