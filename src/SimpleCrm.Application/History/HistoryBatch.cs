using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.History;

/// <summary>The same history line on a batch of contacts, written in one statement (bulk actions).</summary>
public static class HistoryBatch
{
    public static Task<int> RecordAsync(
        CrmDbContext db, IReadOnlyCollection<int> contactIds, string action, string? details, DateTime at, string? userId, CancellationToken cancellationToken) =>
        SetBasedInsert.ForContactsAsync<HistoryEntry>(db, contactIds, nameof(HistoryEntry.RecordId), new Dictionary<string, object?>
        {
            [nameof(HistoryEntry.RecordType)] = HistoryRecordTypes.Contact,
            [nameof(HistoryEntry.Action)] = action,
            [nameof(HistoryEntry.Details)] = details is { Length: > HistoryEntry.DetailsMaxLength } ? details[..HistoryEntry.DetailsMaxLength] : details,
            [nameof(HistoryEntry.At)] = at,
            [nameof(HistoryEntry.UserId)] = userId,
        }, cancellationToken);
}
