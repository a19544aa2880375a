using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// The contact persons of a lead: listed, added, edited and removed by whoever may see the lead,
/// and by nobody else (an id of another lead's person answers not found). Each change is a line of
/// the lead's timeline, saved with it.
/// </summary>
public sealed class LeadContactPersons(CrmDbContext db, ICurrentUser user, PhoneNormalizer phones, TimeProvider clock)
{
    public const string Added = "ContactPersonAdded";

    public const string Edited = "ContactPersonEdited";

    public const string Removed = "ContactPersonRemoved";

    /// <summary>The lead's contact persons by name, or null when the user may not see the lead.</summary>
    public async Task<IReadOnlyList<LeadContactPersonItem>?> OfLeadAsync(int leadId, CancellationToken cancellationToken)
    {
        if (!await VisibleLeads().AnyAsync(l => l.Id == leadId, cancellationToken))
        {
            return null;
        }

        return await db.LeadContactPersons.AsNoTracking().Where(p => p.LeadId == leadId)
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new LeadContactPersonItem(p.Id, p.Name, p.Role, p.Email, p.Phone, p.PhoneE164))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The person as the edit form starts, or null when it is not a person of a lead the user sees.</summary>
    public Task<LeadContactPersonInput?> GetForEditAsync(int leadId, int id, CancellationToken cancellationToken) =>
        Visible(leadId, id).AsNoTracking()
            .Select(p => new LeadContactPersonInput { Name = p.Name, Role = p.Role, Email = p.Email, Phone = p.Phone })
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<Result<int>> AddAsync(int leadId, LeadContactPersonInput input, CancellationToken cancellationToken)
    {
        if (!await VisibleLeads().AnyAsync(l => l.Id == leadId, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var person = new LeadContactPerson { LeadId = leadId };
        var failures = Apply(person, input);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        db.LeadContactPersons.Add(person);
        Record(leadId, Added, person.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(person.Id);
    }

    public async Task<Result> UpdateAsync(int leadId, int id, LeadContactPersonInput input, CancellationToken cancellationToken)
    {
        var person = await Visible(leadId, id).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return Result.NotFound();
        }

        var failures = Apply(person, input);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        if (db.Entry(person).State == EntityState.Modified)
        {
            Record(leadId, Edited, person.Name);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<Result> DeleteAsync(int leadId, int id, CancellationToken cancellationToken)
    {
        var person = await Visible(leadId, id).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return Result.NotFound();
        }

        db.LeadContactPersons.Remove(person);
        Record(leadId, Removed, person.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private void Record(int leadId, string action, string name) =>
        db.History.Add(HistoryEntry.ForLead(leadId, action, name, clock.GetUtcNow().UtcDateTime, user.UserId));

    private IQueryable<Lead> VisibleLeads() => db.Leads.VisibleTo(user);

    /// <summary>The person, only as a person of the given lead and only when the user sees that lead.</summary>
    private IQueryable<LeadContactPerson> Visible(int leadId, int id)
    {
        var leads = VisibleLeads().Where(l => l.Id == leadId).Select(l => l.Id);
        return db.LeadContactPersons.Where(p => p.Id == id && p.LeadId == leadId && leads.Contains(p.LeadId));
    }

    /// <summary>Validates the input and, when it is valid, copies it onto the person; the failures otherwise.</summary>
    private List<Failure> Apply(LeadContactPerson person, LeadContactPersonInput input)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, input.Name, nameof(input.Name));
        FieldRules.MaxLength(failures, input.Name, ContactLimits.DisplayName, nameof(input.Name));
        FieldRules.MaxLength(failures, input.Role, LeadContactPerson.RoleMaxLength, nameof(input.Role));
        var email = Clean(input.Email);
        if (email is not null && (email.Length > ContactLimits.Email || !FieldRules.IsEmail(email)))
        {
            failures.Add(new Failure(Messages.InvalidEmail, nameof(input.Email)));
        }

        var phone = Clean(input.Phone);
        var e164 = phone is null || phone.Length > ContactLimits.Phone ? null : phones.ToE164(phone);
        if (phone is not null && e164 is null)
        {
            failures.Add(new Failure(Messages.InvalidPhone, nameof(input.Phone)));
        }

        if (failures.Count == 0)
        {
            person.Name = input.Name!.Trim();
            person.Role = Clean(input.Role);
            person.Email = email;
            person.Phone = phone;
            person.PhoneE164 = e164;
        }

        return failures;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
