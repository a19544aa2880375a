using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Selection;

/// <summary>
/// The user's selection basket: contacts picked on any page or filter, kept in the database per
/// user. Only visible contacts go in, and only visible ones are counted or acted on, so a contact
/// the user lost sight of drops out by itself.
/// </summary>
public sealed class SelectionBasket(CrmDbContext db, ICurrentUser user, ContactMatching matching, TimeProvider clock)
{
    // The count, once per request: the list page and the navigation bar both show it. Any change forgets it.
    private int? _count;

    /// <summary>How many visible contacts are in the basket.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        _count ??= await (await matching.MatchingAsync(new ContactListQuery { Selected = true }, cancellationToken)).CountAsync(cancellationToken);

    /// <summary>Which of these contacts are in the basket: the ticked boxes of a page (no query while the basket is empty).</summary>
    public async Task<IReadOnlySet<int>> SelectedAmongAsync(IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken)
    {
        if (await CountAsync(cancellationToken) == 0)
        {
            return new HashSet<int>();
        }

        var userId = UserId;
        var ids = contactIds.ToList();
        return (await db.SelectedContacts.Where(s => s.UserId == userId && ids.Contains(s.ContactId))
            .Select(s => s.ContactId).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Puts the visible ones of these contacts in the basket (ticking boxes on a page).</summary>
    public async Task AddAsync(IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken)
    {
        _count = null;
        var ids = contactIds.Distinct().Take(SetBasedInsert.BatchSize).ToList();
        var visible = db.Contacts.AsNoTracking().VisibleTo(user).Where(c => ids.Contains(c.Id));
        await InsertMissingAsync(visible, cancellationToken);
    }

    /// <summary>Puts every visible contact the query matches in the basket, in batches, without loading them into a page.</summary>
    public async Task<int> AddMatchingAsync(ContactListQuery query, CancellationToken cancellationToken)
    {
        _count = null;
        return await InsertMissingAsync(await matching.MatchingAsync(query with { Selected = false }, cancellationToken), cancellationToken);
    }

    public async Task RemoveAsync(IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken)
    {
        _count = null;
        var userId = UserId;
        var ids = contactIds.ToList();
        await db.SelectedContacts.Where(s => s.UserId == userId && ids.Contains(s.ContactId)).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        _count = null;
        var userId = UserId;
        await db.SelectedContacts.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The ids of the visible contacts in the basket, at most <paramref name="limit"/> (a merge takes 2–10).</summary>
    public async Task<IReadOnlyList<int>> IdsAsync(int limit, CancellationToken cancellationToken) =>
        await (await matching.MatchingAsync(new ContactListQuery { Selected = true }, cancellationToken))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(limit).ToListAsync(cancellationToken);

    private async Task<int> InsertMissingAsync(IQueryable<Contact> contacts, CancellationToken cancellationToken)
    {
        var userId = UserId;
        if (userId.Length == 0)
        {
            return 0;
        }

        var missing = await contacts.Where(c => !db.SelectedContacts.Any(s => s.UserId == userId && s.ContactId == c.Id))
            .Select(c => c.Id).OrderBy(id => id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var batch in missing.Chunk(SetBasedInsert.BatchSize))
        {
            await SetBasedInsert.ForContactsAsync<SelectedContact>(db, batch, nameof(SelectedContact.ContactId), new Dictionary<string, object?>
            {
                [nameof(SelectedContact.UserId)] = userId,
                [nameof(SelectedContact.SelectedAt)] = now,
            }, cancellationToken, nameof(SelectedContact.UserId));
        }

        return missing.Count;
    }

    private string UserId => user.UserId ?? string.Empty;
}
