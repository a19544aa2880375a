using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.CustomFields;

/// <summary>The records custom field values hang off, through the one visibility rule of each kind.</summary>
internal static class CustomFieldRecords
{
    /// <summary>Ids of the records of the type the user may see.</summary>
    public static IQueryable<int> VisibleIds(CrmDbContext db, ICurrentUser user, CustomFieldRecordType recordType) => recordType switch
    {
        CustomFieldRecordType.Lead => db.Leads.VisibleTo(user).Select(l => l.Id),
        CustomFieldRecordType.Contact => db.Contacts.VisibleTo(user).Select(c => c.Id),
        CustomFieldRecordType.Deal => db.Deals.VisibleTo(user).Select(d => d.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(recordType), recordType, "Unknown record type."),
    };

    /// <summary>The record a value of the record type hangs off.</summary>
    public static Records.RecordRef RefOf(CustomFieldRecordType recordType, int recordId) => recordType switch
    {
        CustomFieldRecordType.Lead => Records.RecordRef.Lead(recordId),
        CustomFieldRecordType.Contact => Records.RecordRef.Contact(recordId),
        CustomFieldRecordType.Deal => Records.RecordRef.Deal(recordId),
        _ => throw new ArgumentOutOfRangeException(nameof(recordType), recordType, "Unknown record type."),
    };

    /// <summary>The record type of a <see cref="Records.RecordRef"/>'s type name; null for a kind without custom fields.</summary>
    public static CustomFieldRecordType? Of(string recordRefType) => recordRefType switch
    {
        HistoryRecordTypes.Lead => CustomFieldRecordType.Lead,
        HistoryRecordTypes.Contact => CustomFieldRecordType.Contact,
        HistoryRecordTypes.Deal => CustomFieldRecordType.Deal,
        _ => null,
    };
}
