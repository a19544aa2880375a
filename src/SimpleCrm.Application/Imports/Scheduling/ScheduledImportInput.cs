namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>A scheduled import as its form posts it. Folders are relative to the inbox root; tags comma-separated.</summary>
public sealed record ScheduledImportInput
{
    public string? Name { get; init; }

    public ImportEntityType EntityType { get; init; }

    public string? InboxFolder { get; init; }

    public string? FilePattern { get; init; } = "*.csv";

    public string? ArchiveFolder { get; init; }

    public string? ErrorFolder { get; init; }

    public int? SavedMappingId { get; init; }

    public int? StatusId { get; init; }

    public int? SourceId { get; init; }

    public string? ResponsibleUserId { get; init; }

    public int? ListId { get; init; }

    public string? Tags { get; init; }

    public ImportDuplicatePolicy DuplicatePolicy { get; init; }

    public string? Culture { get; init; } = "en";

    public string? Cron { get; init; } = CronSchedule.DailyAtSix;

    /// <summary>The defaults the imports get, tags split at commas and semicolons.</summary>
    public ImportDefaults ToDefaults() => new(
        EntityType == ImportEntityType.Lead ? StatusId : null,
        EntityType == ImportEntityType.Lead ? SourceId : null,
        string.IsNullOrEmpty(ResponsibleUserId) ? null : ResponsibleUserId,
        Tags?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } tags ? tags : null,
        EntityType == ImportEntityType.Contact ? ListId : null);

    public static ScheduledImportInput From(ScheduledImport schedule)
    {
        var defaults = ImportJson.Read(schedule.Defaults, new ImportDefaults());
        return new ScheduledImportInput
        {
            Name = schedule.Name,
            EntityType = schedule.EntityType,
            InboxFolder = schedule.InboxFolder,
            FilePattern = schedule.FilePattern,
            ArchiveFolder = schedule.ArchiveFolder,
            ErrorFolder = schedule.ErrorFolder,
            SavedMappingId = schedule.SavedMappingId,
            StatusId = defaults.StatusId,
            SourceId = defaults.SourceId,
            ResponsibleUserId = defaults.ResponsibleUserId,
            ListId = defaults.ListId,
            Tags = defaults.Tags is { Count: > 0 } tags ? string.Join(", ", tags) : null,
            DuplicatePolicy = schedule.DuplicatePolicy,
            Culture = schedule.Culture,
            Cron = schedule.Cron,
        };
    }
}
