using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Web.Features.Pipelines;

/// <summary>The delete page of a stage: what it holds and, when it holds deals, where they may go.</summary>
public sealed record StageDeleteViewModel(int StageId, string PipelineName, StageDeletion Deletion);
