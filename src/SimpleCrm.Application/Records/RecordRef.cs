using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Records;

/// <summary>
/// Any record other records can hang off: a lead, a contact, a deal. <see cref="Type"/> is one
/// of <see cref="HistoryRecordTypes"/>.
/// </summary>
public readonly record struct RecordRef(string Type, int Id)
{
    public static RecordRef Lead(int id) => new(HistoryRecordTypes.Lead, id);

    public static RecordRef Contact(int id) => new(HistoryRecordTypes.Contact, id);

    public static RecordRef Deal(int id) => new(HistoryRecordTypes.Deal, id);

    /// <summary>A record named by a URL ("Lead", 5); null for a type notes and files cannot hang off.</summary>
    public static RecordRef? From(string? type, int id) => type switch
    {
        HistoryRecordTypes.Lead => Lead(id),
        HistoryRecordTypes.Contact => Contact(id),
        HistoryRecordTypes.Deal => Deal(id),
        _ => null,
    };
}
