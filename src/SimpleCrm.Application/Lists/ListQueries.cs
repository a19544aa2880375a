using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Lists;

/// <summary>
/// Reads of lists. Every list is known to every user (its name is not secret), but its members are
/// counted and shown only among the contacts the user may see.
/// </summary>
public sealed class ListQueries(CrmDbContext db, ICurrentUser user, ContactMatching matching)
{
    public const int CandidateCount = 10;

    /// <summary>Every list by name, with its visible member count.</summary>
    public async Task<IReadOnlyList<ListSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var lists = await db.ContactLists.AsNoTracking().OrderBy(l => l.Name).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.Id,
                l.Name,
                l.Description,
                l.CreatedById,
                CreatedByName = db.Users.Where(u => u.Id == l.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var counts = await VisibleMembers().GroupBy(m => m.ListId)
            .Select(g => new { ListId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ListId, g => g.Count, cancellationToken);
        return [.. lists.Select(l => new ListSummary(l.Id, l.Name, l.Description, counts.GetValueOrDefault(l.Id), l.CreatedByName, ListPermissions.MayChange(l.CreatedById, user)))];
    }

    /// <summary>One list with its visible member count, or null when there is no such list.</summary>
    public async Task<ListSummary?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var list = await db.ContactLists.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new
            {
                l.Id,
                l.Name,
                l.Description,
                l.CreatedById,
                CreatedByName = db.Users.Where(u => u.Id == l.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return null;
        }

        var count = await VisibleMembers().CountAsync(m => m.ListId == id, cancellationToken);
        return new ListSummary(list.Id, list.Name, list.Description, count, list.CreatedByName, ListPermissions.MayChange(list.CreatedById, user));
    }

    /// <summary>Every list as a choice (filters, the profile's add form, bulk actions).</summary>
    public async Task<IReadOnlyList<ListOption>> OptionsAsync(CancellationToken cancellationToken) =>
        await db.ContactLists.AsNoTracking().OrderBy(l => l.Name).ThenBy(l => l.Id)
            .Select(l => new ListOption(l.Id, l.Name)).ToListAsync(cancellationToken);

    /// <summary>The lists a contact the user may see is on, by name; empty for any other id.</summary>
    public async Task<IReadOnlyList<ListOption>> OfContactAsync(int contactId, CancellationToken cancellationToken)
    {
        var visible = db.Contacts.AsNoTracking().VisibleTo(user).Where(c => c.Id == contactId).Select(c => c.Id);
        return await db.ContactListMembers.AsNoTracking().Where(m => visible.Contains(m.ContactId))
            .Join(db.ContactLists, m => m.ListId, l => l.Id, (m, l) => l)
            .OrderBy(l => l.Name).ThenBy(l => l.Id)
            .Select(l => new ListOption(l.Id, l.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Contacts to add from the list's page: those the user may see that match the typed search (as
    /// on /Contacts) and are not on the list yet, by name, a few at a time.
    /// </summary>
    public async Task<IReadOnlyList<ListCandidate>> CandidatesAsync(int listId, string? term, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return [];
        }

        var members = db.ContactListMembers.Where(m => m.ListId == listId).Select(m => m.ContactId);
        var found = await matching.MatchingAsync(new ContactListQuery { Search = term }, cancellationToken);
        return await found.Where(c => !members.Contains(c.Id)).OrderBy(c => c.NameKey).ThenBy(c => c.Id)
            .Select(c => new ListCandidate(c.Id, c.DisplayName)).Take(CandidateCount).ToListAsync(cancellationToken);
    }

    private IQueryable<ContactListMember> VisibleMembers()
    {
        var visible = db.Contacts.AsNoTracking().VisibleTo(user).Select(c => c.Id);
        return db.ContactListMembers.AsNoTracking().Where(m => visible.Contains(m.ContactId));
    }
}
