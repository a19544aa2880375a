namespace SimpleCrm.Application.Pipelines;

/// <summary>What deleting a stage involves: how many deals it holds and the stages of the same pipeline and kind they may move to.</summary>
public sealed record StageDeletion(int PipelineId, string Name, string? ResourceKey, StageKind Kind, int DealCount, IReadOnlyList<StageOption> Targets);
