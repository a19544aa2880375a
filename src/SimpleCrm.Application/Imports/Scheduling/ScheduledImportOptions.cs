namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>"Imports" in the configuration: the one folder under which scheduled imports may read and move files.</summary>
public sealed class ScheduledImportOptions
{
    public const string Section = "Imports";

    /// <summary>Absolute, or relative to the content root; null: "App_Data/inbox" under the content root.</summary>
    public string? InboxRoot { get; set; }

    /// <summary>A file changed more recently than this may still be being written: it waits for the next run.</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The biggest file a scheduled import takes (the wizard's upload limit, 50 MB).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
}
