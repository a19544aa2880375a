using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>An active pipeline on the template form, with its stages in order to tick.</summary>
public sealed record TaskTemplatePipeline(int Id, string Name, string? ResourceKey, IReadOnlyList<StageOption> Stages);
