namespace SimpleCrm.Application.Pipelines;

/// <summary>A pipeline's admin page: its name and its stages in order.</summary>
public sealed record PipelinePage(int Id, string Name, string? ResourceKey, bool IsArchived, IReadOnlyList<StageListItem> Stages);
