namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>A file a schedule found, with its import's status and counts when it was imported.</summary>
public sealed record ScheduledImportFileRow(
    string FileName,
    long Size,
    DateTime FoundAt,
    ScheduledImportFileOutcome Outcome,
    string? MessageKey,
    int? ImportId,
    ImportStatus? ImportStatus,
    int Created,
    int Updated,
    int SkippedDuplicates,
    int Failed);
