namespace SimpleCrm.Application.Pipelines;

/// <summary>A stage offered in a choice (where a deleted stage's deals go).</summary>
public sealed record StageOption(int Id, string Name, string? ResourceKey);
