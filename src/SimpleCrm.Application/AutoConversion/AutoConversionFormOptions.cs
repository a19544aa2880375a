namespace SimpleCrm.Application.AutoConversion;

/// <summary>The choices of the new-rule form: lists, the segments the user may use, the pipeline's stages, active users.</summary>
public sealed record AutoConversionFormOptions(
    int PipelineId,
    string PipelineName,
    string? PipelineResourceKey,
    IReadOnlyList<AutoConversionOption> Lists,
    IReadOnlyList<AutoConversionOption> Segments,
    IReadOnlyList<AutoConversionStageOption> Stages,
    IReadOnlyList<AutoConversionUserOption> Users);
