using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// Leads and contacts that may be the customer a lead form describes: the same email, phone (E.164)
/// or company code, or the same person or company name (folded, so case and diacritics do not
/// matter, and a person in either word order). Each test is one seek on its own index and brings a
/// few ids; only those are then put through the visibility rules, so nobody learns of a lead or
/// contact they may not see.
/// </summary>
public sealed class LeadDuplicateFinder(CrmDbContext db, ICurrentUser user, PhoneNormalizer phones)
{
    public const int Limit = 10;

    private const int PerTest = 20;

    public async Task<IReadOnlyList<LeadDuplicate>> FindAsync(LeadInput input, int? exceptLeadId, CancellationToken cancellationToken)
    {
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim().ToLowerInvariant();
        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : phones.ToE164(input.Phone.Trim());
        var probe = new Lead { Name = input.Name ?? string.Empty, FirstName = input.FirstName, LastName = input.LastName, CompanyName = input.CompanyName, CompanyCode = input.CompanyCode };
        probe.RefreshDerivedFields();
        var people = new[] { probe.PersonKey, LeadKeys.PersonReversed(input.FirstName, input.LastName) }.OfType<string>().Distinct().ToList();
        var company = probe.CompanyKey;
        var code = probe.CompanyCodeKey;

        var leads = new Dictionary<int, LeadDuplicateReason>();
        var contacts = new Dictionary<int, LeadDuplicateReason>();
        static void Note(Dictionary<int, LeadDuplicateReason> found, IEnumerable<int> ids, LeadDuplicateReason reason)
        {
            foreach (var id in ids)
            {
                found.TryAdd(id, reason);
            }
        }

        var allLeads = db.Leads.AsNoTracking().Where(l => l.Id != exceptLeadId);
        if (email is not null)
        {
            Note(leads, await allLeads.Where(l => l.EmailKey == email).OrderByDescending(l => l.Id).Select(l => l.Id).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SameEmail);
            Note(contacts, await db.ContactEmails.Where(e => e.Normalized == email).OrderByDescending(e => e.ContactId).Select(e => e.ContactId).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SameEmail);
        }

        if (phone is not null)
        {
            Note(leads, await allLeads.Where(l => l.PhoneE164 == phone).OrderByDescending(l => l.Id).Select(l => l.Id).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SamePhone);
            Note(contacts, await db.ContactPhones.Where(p => p.E164 == phone).OrderByDescending(p => p.ContactId).Select(p => p.ContactId).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SamePhone);
        }

        if (code is not null)
        {
            Note(leads, await allLeads.Where(l => l.CompanyCodeKey == code).OrderByDescending(l => l.Id).Select(l => l.Id).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SameCompanyCode);
        }

        if (people.Count > 0)
        {
            Note(leads, await allLeads.Where(l => people.Contains(l.PersonKey!)).OrderByDescending(l => l.Id).Select(l => l.Id).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SameName);
            Note(contacts, await db.Contacts.Where(c => c.IsDeleted == EF.Parameter(false) && people.Contains(c.NameKey) && c.Kind == ContactKind.Person)
                .OrderByDescending(c => c.Id).Select(c => c.Id).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SameName);
        }

        if (company is not null)
        {
            Note(leads, await allLeads.Where(l => l.CompanyKey == company).OrderByDescending(l => l.Id).Select(l => l.Id).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SameCompany);
            Note(contacts, await db.Contacts.Where(c => c.IsDeleted == EF.Parameter(false) && c.NameKey == company && c.Kind == ContactKind.Company)
                .OrderByDescending(c => c.Id).Select(c => c.Id).Take(PerTest).ToListAsync(cancellationToken), LeadDuplicateReason.SameCompany);
        }

        // A lead being edited is no duplicate of the client it is already linked to (only a lead the
        // user sees: an id typed into the hint must not tell whether a hidden lead has a client).
        if (exceptLeadId is not null && contacts.Count > 0
            && await db.Leads.AsNoTracking().VisibleTo(user).Where(l => l.Id == exceptLeadId).Select(l => l.ContactId).FirstOrDefaultAsync(cancellationToken) is { } linked)
        {
            contacts.Remove(linked);
        }

        var leadIds = leads.Keys.ToList();
        var contactIds = contacts.Keys.ToList();
        var visibleLeads = leadIds.Count == 0 ? [] : await db.Leads.AsNoTracking().VisibleTo(user).Where(l => leadIds.Contains(l.Id))
            .Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken);
        var visibleContacts = contactIds.Count == 0 ? [] : await db.Contacts.AsNoTracking().VisibleTo(user).Where(c => contactIds.Contains(c.Id))
            .Select(c => new { c.Id, c.DisplayName }).ToListAsync(cancellationToken);
        return [.. visibleContacts.Select(c => new LeadDuplicate(LeadDuplicateKind.Contact, c.Id, c.DisplayName, contacts[c.Id]))
            .Concat(visibleLeads.Select(l => new LeadDuplicate(LeadDuplicateKind.Lead, l.Id, l.Name, leads[l.Id])))
            .OrderBy(d => d.Reason).ThenBy(d => d.Kind).ThenBy(d => d.DisplayName, StringComparer.CurrentCulture)
            .Take(Limit)];
    }
}
