namespace SimpleCrm.Application.Pipelines;

/// <summary>A stage's form: its pipeline, what the admin may change and, for a template stage not renamed since, its resource key.</summary>
public sealed record StageForEdit(int PipelineId, StageInput Input, string? ResourceKey);
