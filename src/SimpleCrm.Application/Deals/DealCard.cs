using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals;

/// <summary>Everything the deal card shows, names resolved, read in one query.</summary>
public sealed record DealCard
{
    public required int Id { get; init; }

    public required string Label { get; init; }

    public required int PipelineId { get; init; }

    public required string PipelineName { get; init; }

    public string? PipelineResourceKey { get; init; }

    public required int StageId { get; init; }

    public required DealStageItem Stage { get; init; }

    public required int ContactId { get; init; }

    public required string ContactName { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    public DateOnly? CloseBy { get; init; }

    public bool IsOpen { get; init; }

    /// <summary>Open past its close-by date: the sale counts as failing.</summary>
    public bool IsFailing { get; init; }

    /// <summary>The won or lost date, in the user's time zone; null while open.</summary>
    public DateTime? ClosedAt { get; init; }

    public string? ResponsibleName { get; init; }

    public DealSource Source { get; init; }

    public string? LostReasonName { get; init; }

    public string? LostReasonResourceKey { get; init; }

    public DateTime CreatedAt { get; init; }

    public string? CreatedByName { get; init; }

    public DateTime UpdatedAt { get; init; }

    public string? UpdatedByName { get; init; }

    public Guid Version { get; init; }

    public bool IsWon => Stage.Kind == StageKind.Won;

    public bool IsLost => Stage.Kind == StageKind.Lost;
}
