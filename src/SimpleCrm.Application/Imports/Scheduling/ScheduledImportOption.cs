namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>One choice of a select on the schedule form; a seeded status or source carries its resource key.</summary>
public sealed record ScheduledImportOption(string Value, string Text, string? ResourceKey = null, ImportEntityType? EntityType = null);
