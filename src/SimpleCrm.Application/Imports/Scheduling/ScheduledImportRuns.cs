namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>A schedule's runs page: the schedule and the files it found, newest first.</summary>
public sealed record ScheduledImportRuns(ScheduledImportSummary Schedule, IReadOnlyList<ScheduledImportFileRow> Files);
