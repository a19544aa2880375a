namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>A schedule as the list shows it, with the latest file it found and that file's import.</summary>
public sealed record ScheduledImportSummary(
    int Id,
    string Name,
    ImportEntityType EntityType,
    string InboxFolder,
    string FilePattern,
    string Cron,
    bool IsPaused,
    DateTime? NextRunAt,
    DateTime? LastRunAt,
    ScheduledImportFileRow? LastFile);
