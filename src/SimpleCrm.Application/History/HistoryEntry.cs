namespace SimpleCrm.Application.History;

/// <summary>
/// One line of a record's history: who did what to it and when ("tags added: VIP", "access class
/// set", "merged into #42"). The timeline of later issues reads these together with activities.
/// </summary>
public sealed class HistoryEntry
{
    public const int DetailsMaxLength = 2000;

    public long Id { get; set; }

    /// <summary>What kind of record: <see cref="HistoryRecordTypes"/>.</summary>
    public string RecordType { get; set; } = string.Empty;

    public int RecordId { get; set; }

    /// <summary>A stable action code (a resource key suffix): "TagsAdded", "AccessClassSet"...</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What changed, as data for the view to render ("VIP, Kraków").</summary>
    public string? Details { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    /// <summary>A line of any record's history (a lead's, a contact's), its details cut to fit the column.</summary>
    public static HistoryEntry For(Records.RecordRef record, string action, string? details, DateTime at, string? userId) => new()
    {
        RecordType = record.Type,
        RecordId = record.Id,
        Action = action,
        Details = details is { Length: > DetailsMaxLength } ? details[..DetailsMaxLength] : details,
        At = at,
        UserId = userId,
    };

    /// <summary>A line of a contact's history, its details cut to fit the column.</summary>
    public static HistoryEntry ForContact(int contactId, string action, string? details, DateTime at, string? userId) =>
        For(HistoryRecordTypes.Contact, contactId, action, details, at, userId);

    /// <summary>A line of a lead's history, its details cut to fit the column.</summary>
    public static HistoryEntry ForLead(int leadId, string action, string? details, DateTime at, string? userId) =>
        For(HistoryRecordTypes.Lead, leadId, action, details, at, userId);

    private static HistoryEntry For(string recordType, int recordId, string action, string? details, DateTime at, string? userId) => new()
    {
        RecordType = recordType,
        RecordId = recordId,
        Action = action,
        Details = details is { Length: > DetailsMaxLength } ? details[..DetailsMaxLength] : details,
        At = at,
        UserId = userId,
    };
}
