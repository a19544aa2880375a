namespace SimpleCrm.Application.Deals;

/// <summary>A pipeline's board: the pipeline, the others to switch to, and its columns in stage order.</summary>
public sealed record DealBoardView(DealBoardPipeline Pipeline, IReadOnlyList<DealBoardPipeline> Pipelines, IReadOnlyList<DealBoardColumn> Columns);
