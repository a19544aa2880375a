namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>The schedule form's choices: the owner's saved mappings (each of one entity), lead statuses and sources, users and lists.</summary>
public sealed record ScheduledImportFormOptions(
    IReadOnlyList<ScheduledImportOption> Mappings,
    IReadOnlyList<ScheduledImportOption> Statuses,
    IReadOnlyList<ScheduledImportOption> Sources,
    IReadOnlyList<ScheduledImportOption> Users,
    IReadOnlyList<ScheduledImportOption> Lists,
    string InboxRoot);
