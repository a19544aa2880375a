using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Merging;

/// <summary>
/// Contacts that look like duplicates of one contact: same folded name, a shared email address or a
/// shared phone number. Each test is one seek on its own index (NameKey behind IsDeleted, email
/// Normalized, phone E164); only the few ids found are then put through the visibility rule.
/// </summary>
public sealed class DuplicateFinder(CrmDbContext db, ICurrentUser user)
{
    public const int Limit = 5;

    /// <summary>How many ids each test brings at most: a very common name must not read thousands of rows.</summary>
    private const int PerTest = 50;

    /// <summary>Up to <see cref="Limit"/> visible contacts of the same kind that look like this one; empty when it is not visible.</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> ForContactAsync(int id, CancellationToken cancellationToken)
    {
        var visible = db.Contacts.AsNoTracking().VisibleTo(user);
        var contact = await visible.Where(c => c.Id == id)
            .Select(c => new
            {
                c.Kind,
                c.NameKey,
                Emails = c.Emails.Select(e => e.Normalized).ToList(),
                Phones = c.Phones.Where(p => p.E164 != null).Select(p => p.E164!).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return [];
        }

        var reasons = new Dictionary<int, DuplicateReason>();
        void Note(IEnumerable<int> ids, DuplicateReason reason)
        {
            foreach (var found in ids.Where(found => found != id))
            {
                reasons.TryAdd(found, reason);
            }
        }

        if (contact.Emails.Count > 0)
        {
            var emails = contact.Emails;
            Note(await db.ContactEmails.Where(e => emails.Contains(e.Normalized)).Select(e => e.ContactId).Take(PerTest).ToListAsync(cancellationToken), DuplicateReason.SameEmail);
        }

        if (contact.Phones.Count > 0)
        {
            var phones = contact.Phones;
            Note(await db.ContactPhones.Where(p => phones.Contains(p.E164!)).Select(p => p.ContactId).Take(PerTest).ToListAsync(cancellationToken), DuplicateReason.SamePhone);
        }

        if (contact.NameKey.Length > 0)
        {
            var nameKey = contact.NameKey;
            Note(await db.Contacts.Where(c => c.IsDeleted == EF.Parameter(false) && c.NameKey == nameKey).Select(c => c.Id).Take(PerTest).ToListAsync(cancellationToken), DuplicateReason.SameName);
        }

        var candidateIds = reasons.Keys.ToList();
        var kind = contact.Kind;
        var found = await visible.Where(c => candidateIds.Contains(c.Id) && c.Kind == kind)
            .OrderBy(c => c.NameKey).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.DisplayName })
            .ToListAsync(cancellationToken);
        return [.. found.OrderBy(c => reasons[c.Id]).Take(Limit).Select(c => new DuplicateCandidate(c.Id, c.DisplayName, reasons[c.Id]))];
    }
}
