using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// The "Find duplicates" page: values that a visible lead shares with another visible lead or a
/// visible contact, by the keys of the form's duplicate check (<see cref="LeadDuplicateFinder"/>):
/// email, phone (E.164), company code, person name in either word order, company name. One GROUP BY
/// on the lead key's index, HAVING more than one record, each count of contacts a seek on their
/// index; paged by groups in key order, then each group's members are read on their own.
/// </summary>
public sealed class LeadDuplicateGroups(CrmDbContext db, ICurrentUser user)
{
    public const int PageSize = 20;

    /// <summary>The most leads, and contacts, one group lists (a shared "info@" address may have hundreds).</summary>
    public const int MembersPerGroup = 25;

    public async Task<LeadDuplicateGroupPage> FindAsync(LeadDuplicateReason reason, int page, CancellationToken cancellationToken)
    {
        reason = Enum.IsDefined(reason) ? reason : LeadDuplicateReason.SameEmail;
        page = Math.Max(1, page);
        var keys = await Keys(reason).OrderBy(k => k).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var groups = new List<LeadDuplicateGroup>();
        foreach (var key in keys.Take(PageSize))
        {
            groups.Add(await GroupAsync(reason, key, cancellationToken));
        }

        return new LeadDuplicateGroupPage(reason, groups, page, keys.Count > PageSize);
    }

    /// <summary>"kowalski jan" → "jan kowalski": the other word order of a folded person key, split at its first space.</summary>
    public static string? Reversed(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 ? null : key[(space + 1)..] + " " + key[..space];
    }

    private IQueryable<Lead> Leads => db.Leads.AsNoTracking().VisibleTo(user);

    private IQueryable<Contact> Contacts => db.Contacts.AsNoTracking().VisibleTo(user);

    /// <summary>The shared values of one kind, as a query the page is cut from.</summary>
    private IQueryable<string> Keys(LeadDuplicateReason reason)
    {
        var contacts = Contacts;
        switch (reason)
        {
            case LeadDuplicateReason.SamePhone:
                return Leads.Where(l => l.PhoneE164 != null).GroupBy(l => l.PhoneE164!)
                    .Where(g => g.Count() + db.ContactPhones.Count(p => p.E164 == g.Key && contacts.Any(c => c.Id == p.ContactId)) > 1)
                    .Select(g => g.Key);
            case LeadDuplicateReason.SameCompanyCode:
                return Leads.Where(l => l.CompanyCodeKey != null).GroupBy(l => l.CompanyCodeKey!).Where(g => g.Count() > 1).Select(g => g.Key);
            case LeadDuplicateReason.SameCompany:
                return Leads.Where(l => l.CompanyKey != null).GroupBy(l => l.CompanyKey!)
                    .Where(g => g.Count() + contacts.Count(c => c.Kind == ContactKind.Company && c.NameKey == g.Key) > 1)
                    .Select(g => g.Key);
            case LeadDuplicateReason.SameName:
                return PersonKeys();
            default:
                return Leads.Where(l => l.EmailKey != null).GroupBy(l => l.EmailKey!)
                    .Where(g => g.Count() + db.ContactEmails.Count(e => e.Normalized == g.Key && contacts.Any(c => c.Id == e.ContactId)) > 1)
                    .Select(g => g.Key);
        }
    }

    /// <summary>
    /// People's keys counted in both word orders ("kowalski jan" also meets "jan kowalski"). A pair
    /// whose both orders are lead keys is one group, under the order that sorts first.
    /// </summary>
    private IQueryable<string> PersonKeys()
    {
        var leads = Leads;
        var contacts = Contacts.Where(c => c.Kind == ContactKind.Person);

        // Translated to SQL (substr/instr, SUBSTRING/CHARINDEX): span-based concatenation does not translate.
#pragma warning disable CA1845
        return leads.Where(l => l.PersonKey != null).GroupBy(l => l.PersonKey!)
            .Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Other = g.Key.Contains(' ') ? g.Key.Substring(g.Key.IndexOf(' ') + 1) + " " + g.Key.Substring(0, g.Key.IndexOf(' ')) : g.Key,
            })
            .Select(g => new
            {
                g.Key,
                g.Other,
                Exact = g.Count + contacts.Count(c => c.NameKey == g.Key),
                OtherLeads = g.Other == g.Key ? 0 : leads.Count(l => l.PersonKey == g.Other),
                OtherContacts = g.Other == g.Key ? 0 : contacts.Count(c => c.NameKey == g.Other),
            })
            .Where(g => g.Exact + g.OtherLeads + g.OtherContacts > 1 && (g.OtherLeads == 0 || g.Key.CompareTo(g.Other) < 0))
            .Select(g => g.Key);
#pragma warning restore CA1845
    }

    private async Task<LeadDuplicateGroup> GroupAsync(LeadDuplicateReason reason, string key, CancellationToken cancellationToken)
    {
        var keys = reason == LeadDuplicateReason.SameName && Reversed(key) is { } other ? new List<string> { key, other } : [key];
        var leads = reason switch
        {
            LeadDuplicateReason.SamePhone => Leads.Where(l => l.PhoneE164 == key),
            LeadDuplicateReason.SameCompanyCode => Leads.Where(l => l.CompanyCodeKey == key),
            LeadDuplicateReason.SameCompany => Leads.Where(l => l.CompanyKey == key),
            LeadDuplicateReason.SameName => Leads.Where(l => keys.Contains(l.PersonKey!)),
            _ => Leads.Where(l => l.EmailKey == key),
        };
        // "Id IN (ids with that email)" seeks the email's index; "Emails.Any(...)" made SQLite walk every
        // contact by name and probe its emails (200 ms a group at 100 000 contacts).
        var contacts = reason switch
        {
            LeadDuplicateReason.SamePhone => Contacts.Where(c => db.ContactPhones.Where(p => p.E164 == key).Select(p => p.ContactId).Contains(c.Id)),
            LeadDuplicateReason.SameCompanyCode => Contacts.Where(_ => false),
            LeadDuplicateReason.SameCompany => Contacts.Where(c => c.Kind == ContactKind.Company && c.NameKey == key),
            LeadDuplicateReason.SameName => Contacts.Where(c => c.Kind == ContactKind.Person && keys.Contains(c.NameKey)),
            _ => Contacts.Where(c => db.ContactEmails.Where(e => e.Normalized == key).Select(e => e.ContactId).Contains(c.Id)),
        };

        var leadRows = await leads.OrderBy(l => l.NameKey).ThenBy(l => l.Id).Take(MembersPerGroup)
            .Select(l => new
            {
                l.Id,
                l.Name,
                Person = l.FirstName == null && l.LastName == null ? null : ((l.FirstName ?? string.Empty) + " " + (l.LastName ?? string.Empty)).Trim(),
                l.CompanyName,
                l.Email,
                l.Phone,
            })
            .ToListAsync(cancellationToken);
        var contactRows = await contacts.OrderBy(c => c.NameKey).ThenBy(c => c.Id).Take(MembersPerGroup)
            .Select(c => new { c.Id, c.DisplayName, c.CompanyName, c.City })
            .ToListAsync(cancellationToken);
        var leadMembers = leadRows.Select(l => new LeadDuplicateMember(l.Id, l.Name, Join(l.Person, l.CompanyName, l.Email, l.Phone))).ToList();
        var contactMembers = contactRows.Select(c => new LeadDuplicateMember(c.Id, c.DisplayName, Join(c.CompanyName, c.City))).ToList();
        var label = reason switch
        {
            LeadDuplicateReason.SameName => leadRows.Select(l => l.Person).FirstOrDefault(p => p is not null),
            LeadDuplicateReason.SameCompany => leadRows.Select(l => l.CompanyName).FirstOrDefault(c => c is not null),
            _ => null,
        };
        return new LeadDuplicateGroup(reason, key, label ?? key, leadMembers, contactMembers);
    }

    private static string? Join(params string?[] parts)
    {
        var text = string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }
}
