namespace SimpleCrm.Application.Pipelines;

/// <summary>One pipeline on Admin > Pipelines, with how many stages it has.</summary>
public sealed record PipelineListItem(int Id, string Name, string? ResourceKey, bool IsArchived, int StageCount);
