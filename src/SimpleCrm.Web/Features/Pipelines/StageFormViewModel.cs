using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Web.Features.Pipelines;

/// <summary>The add and edit form of a stage: its pipeline (for the way back), no stage id while adding, a resource key while a template stage keeps its text.</summary>
public sealed record StageFormViewModel(int PipelineId, string PipelineName, int? StageId, StageInput Input, string? ResourceKey = null);
