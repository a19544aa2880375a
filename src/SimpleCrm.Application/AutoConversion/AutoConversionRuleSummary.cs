namespace SimpleCrm.Application.AutoConversion;

/// <summary>One rule as a stage header's panel and the pipeline's rules page show it.</summary>
public sealed record AutoConversionRuleSummary(
    int Id,
    int PipelineId,
    string SourceName,
    bool IsSegment,
    int StageId,
    string StageName,
    string? StageResourceKey,
    string Label,
    bool IsPaused,
    int AddedCount,
    DateTime? LastRunAt,
    string? LastError);
