namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>What a scheduled import did with a file it found.</summary>
public enum ScheduledImportFileOutcome
{
    /// <summary>An import was created and run; its counts tell the rest.</summary>
    Imported,

    /// <summary>Moved to the error folder: not a readable table, or its headers do not fit the mapping.</summary>
    Unreadable,

    /// <summary>The same name and content were handled before: archived without importing again.</summary>
    SkippedAlreadySeen,
}
