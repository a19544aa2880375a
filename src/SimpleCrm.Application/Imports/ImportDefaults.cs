namespace SimpleCrm.Application.Imports;

/// <summary>
/// What every record the import creates gets besides its cells: a lead's status and source, a
/// responsible user (the import's creator when none), tags and a list (contacts).
/// </summary>
public sealed record ImportDefaults(
    int? StatusId = null,
    int? SourceId = null,
    string? ResponsibleUserId = null,
    IReadOnlyList<string>? Tags = null,
    int? ListId = null);
