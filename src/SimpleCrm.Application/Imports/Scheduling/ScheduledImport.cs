namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>
/// An admin's standing order: every time the cron fires, import each new file matching the pattern
/// in the inbox folder with the saved mapping, defaults and duplicate policy, as the admin who made it.
/// Folders are relative to the configured inbox root (<see cref="ScheduledImportOptions.InboxRoot"/>).
/// The schedule lives here; Hangfire's recurring job is only its trigger, registered again from this table at start-up.
/// </summary>
public sealed class ScheduledImport
{
    public const int NameMaxLength = 200;

    public const int FolderMaxLength = 400;

    public const int PatternMaxLength = 100;

    public const int CronMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public ImportEntityType EntityType { get; set; }

    public string InboxFolder { get; set; } = string.Empty;

    /// <summary>A file name pattern with * and ? ("*.csv"), matched in the inbox folder only (not below it).</summary>
    public string FilePattern { get; set; } = "*.csv";

    public string ArchiveFolder { get; set; } = string.Empty;

    public string ErrorFolder { get; set; } = string.Empty;

    /// <summary>The owner's saved mapping: columns found by header text in each file.</summary>
    public int SavedMappingId { get; set; }

    /// <summary>The <see cref="ImportDefaults"/>, as JSON.</summary>
    public string Defaults { get; set; } = "{}";

    public ImportDuplicatePolicy DuplicatePolicy { get; set; }

    /// <summary>The culture the files' dates and numbers are read in.</summary>
    public string Culture { get; set; } = "en";

    /// <summary>Five-field cron, in the app's time zone (<see cref="CronSchedule"/>).</summary>
    public string Cron { get; set; } = string.Empty;

    public bool IsPaused { get; set; }

    /// <summary>The admin who created it; its imports are theirs and run with their visibility.</summary>
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>Until when a run holds the schedule: a second run meanwhile stops at once (a crashed run's claim lapses).</summary>
    public DateTime? ClaimedUntil { get; set; }

    public DateTime? LastRunAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
