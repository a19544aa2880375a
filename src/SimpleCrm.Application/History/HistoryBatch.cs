using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.History;

/// <summary>The same history line on a batch of contacts, leads or deals, written in one statement (bulk actions).</summary>
public static class HistoryBatch
{
    public static Task<int> RecordAsync(
        CrmDbContext db, IReadOnlyCollection<int> contactIds, string action, string? details, DateTime at, string? userId, CancellationToken cancellationToken) =>
        SetBasedInsert.ForContactsAsync<HistoryEntry>(db, contactIds, nameof(HistoryEntry.RecordId), Line(HistoryRecordTypes.Contact, action, details, at, userId), cancellationToken);

    public static Task<int> RecordForLeadsAsync(
        CrmDbContext db, IReadOnlyCollection<int> leadIds, string action, string? details, DateTime at, string? userId, CancellationToken cancellationToken) =>
        SetBasedInsert.ForRecordsAsync<HistoryEntry, Lead>(db, leadIds, nameof(HistoryEntry.RecordId), Line(HistoryRecordTypes.Lead, action, details, at, userId), cancellationToken);

    public static Task<int> RecordForDealsAsync(
        CrmDbContext db, IReadOnlyCollection<int> dealIds, string action, string? details, DateTime at, string? userId, CancellationToken cancellationToken) =>
        SetBasedInsert.ForRecordsAsync<HistoryEntry, Deal>(db, dealIds, nameof(HistoryEntry.RecordId), Line(HistoryRecordTypes.Deal, action, details, at, userId), cancellationToken);

    private static Dictionary<string, object?> Line(string recordType, string action, string? details, DateTime at, string? userId) => new()
    {
        [nameof(HistoryEntry.RecordType)] = recordType,
        [nameof(HistoryEntry.Action)] = action,
        [nameof(HistoryEntry.Details)] = details is { Length: > HistoryEntry.DetailsMaxLength } ? details[..HistoryEntry.DetailsMaxLength] : details,
        [nameof(HistoryEntry.At)] = at,
        [nameof(HistoryEntry.UserId)] = userId,
    };
}
