using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Web.Features.Pipelines;

/// <summary>The create and rename form of a pipeline; no id while creating, a resource key while the seeded pipeline keeps its text.</summary>
public sealed record PipelineFormViewModel(int? Id, NameInput Input, string? ResourceKey = null);
