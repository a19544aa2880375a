using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Outbox;

namespace SimpleCrm.Application.Lists;

/// <summary>
/// Adds and removes batches of (already visible) contacts on a list, set-based: one statement per
/// kind of row, the history line on each contact that changed, and for additions the
/// <see cref="ContactsAddedToList"/> event in the same transaction.
/// </summary>
public sealed class ListMembership(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const string AddedToList = "AddedToList";
    public const string RemovedFromList = "RemovedFromList";

    /// <summary>Adds the contacts (at most one batch) that are not members yet; returns how many were added.</summary>
    public async Task<int> AddAsync(ContactList list, IReadOnlyList<int> contactIds, CancellationToken cancellationToken)
    {
        var listId = list.Id;
        var added = await db.Contacts.Where(c => contactIds.Contains(c.Id))
            .Where(c => !db.ContactListMembers.Any(m => m.ListId == listId && m.ContactId == c.Id))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        if (added.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        await SetBasedInsert.ForContactsAsync<ContactListMember>(db, added, nameof(ContactListMember.ContactId), new Dictionary<string, object?>
        {
            [nameof(ContactListMember.ListId)] = listId,
            [nameof(ContactListMember.AddedAt)] = now,
            [nameof(ContactListMember.AddedById)] = user.UserId,
        }, cancellationToken, nameof(ContactListMember.ListId));
        await HistoryBatch.RecordAsync(db, added, AddedToList, list.Name, now, user.UserId, cancellationToken);
        OutboxWriter.Raise(db, new ContactsAddedToList(listId, added, user.UserId), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added.Count;
    }

    /// <summary>Removes the contacts (at most one batch) from the list; returns how many were members.</summary>
    public async Task<int> RemoveAsync(ContactList list, IReadOnlyList<int> contactIds, CancellationToken cancellationToken)
    {
        var listId = list.Id;
        var members = await db.ContactListMembers.Where(m => m.ListId == listId && contactIds.Contains(m.ContactId))
            .Select(m => m.ContactId).ToListAsync(cancellationToken);
        if (members.Count == 0)
        {
            return 0;
        }

        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        await HistoryBatch.RecordAsync(db, members, RemovedFromList, list.Name, clock.GetUtcNow().UtcDateTime, user.UserId, cancellationToken);
        await db.ContactListMembers.Where(m => m.ListId == listId && members.Contains(m.ContactId)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return members.Count;
    }
}
