namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>The scheduled imports' message keys (SharedResource).</summary>
public static class ScheduledImportMessages
{
    public const string InvalidCron = "ScheduledImports.InvalidCron";
    public const string FolderOutsideRoot = "ScheduledImports.FolderOutsideRoot";
    public const string FolderUnusable = "ScheduledImports.FolderUnusable";
    public const string SameFolder = "ScheduledImports.SameFolder";
    public const string InvalidPattern = "ScheduledImports.InvalidPattern";
    public const string MappingUnknown = "ScheduledImports.MappingUnknown";
    public const string FileTooLarge = "ScheduledImports.FileTooLarge";
}
