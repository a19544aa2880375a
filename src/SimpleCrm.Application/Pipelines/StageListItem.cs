namespace SimpleCrm.Application.Pipelines;

/// <summary>
/// One stage in the pipeline's stage editor, with how many deals (deleted ones too) are in it and the
/// names of the task templates its entry fires (null when none).
/// </summary>
public sealed record StageListItem(
    int Id, string Name, string? ResourceKey, StageKind Kind, int? Probability, string Color, int DealCount, string? TaskTemplateNames = null);
