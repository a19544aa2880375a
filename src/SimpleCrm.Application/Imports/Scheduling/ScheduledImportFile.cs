namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>
/// A file a scheduled import found, and what became of it. Name and content hash together say
/// "seen": the same name with new content is a new file, the same bytes under the same name again are skipped.
/// </summary>
public sealed class ScheduledImportFile
{
    public const int FileNameMaxLength = 260;

    public const int HashLength = 64;

    public const int MessageKeyMaxLength = 100;

    public long Id { get; set; }

    public int ScheduledImportId { get; set; }

    public string FileName { get; set; } = string.Empty;

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Hash { get; set; } = string.Empty;

    public long Size { get; set; }

    public DateTime FoundAt { get; set; }

    public int? ImportId { get; set; }

    public ScheduledImportFileOutcome Outcome { get; set; }

    /// <summary>Why the file went to the error folder (a resource key), or null.</summary>
    public string? MessageKey { get; set; }
}
