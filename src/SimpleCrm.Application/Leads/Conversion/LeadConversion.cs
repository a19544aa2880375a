using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Leads.Conversion;

/// <summary>
/// Turns a lead into a client: creates a person and/or a company contact from its data (through the
/// contact rules), or assigns it to a contact the user already sees. Either way the lead points at the
/// contact, goes to a Converted status, gets a line in its history and in the contact's, and whatever
/// hangs off the lead (notes, files, custom values: every <see cref="IRecordAttachmentMover"/>) moves
/// to the contact; "Create a deal" adds a deal for the contact (<see cref="ConversionDeal"/>). All in one transaction, guarded by the version of the lead the page showed, so two
/// conversions of one lead at once make one contact and the other is refused.
/// </summary>
public sealed class LeadConversion(
    CrmDbContext db,
    ICurrentUser user,
    ContactCommands contacts,
    ContactValidator validator,
    IEnumerable<IRecordAttachmentMover> movers,
    TaskAutomation automation,
    ConversionDeal deals,
    TimeProvider clock)
{
    /// <summary>Lead history: converted into the new contact(s), by name.</summary>
    public const string ConvertedInto = "ConvertedInto";

    /// <summary>Lead history: assigned to an existing contact, by name.</summary>
    public const string AssignedToContact = "AssignedToContact";

    /// <summary>Contact history: created from the lead, by name.</summary>
    public const string CreatedFromLead = "CreatedFromLead";

    /// <summary>Contact history: a lead was assigned to it, by name.</summary>
    public const string LeadAssigned = "LeadAssigned";

    /// <summary>
    /// Creates the contact(s) <paramref name="input"/> asks for and converts the lead into them; answers
    /// the contact the lead now points at (the person when both are created). A lead the user may not
    /// see answers not found; invalid data or a converted lead, failures with nothing saved.
    /// </summary>
    public Task<Result<int>> ConvertAsync(int leadId, LeadConversionInput input, Guid version, CancellationToken cancellationToken) =>
        InTransactionAsync(leadId, async lead =>
        {
            var owner = await OwnerAsync(lead, cancellationToken);
            var person = input.CreatesPerson ? input.ToPerson(owner) : null;
            var company = input.CreatesCompany ? input.ToCompany(owner) : null;
            var failures = await ValidateAsync([company, person], cancellationToken);
            failures = [.. failures, .. await deals.ValidateAsync(input, null, cancellationToken)];
            if (failures.Count > 0)
            {
                return Result<int>.Fail(failures);
            }

            // The company first, so the person can belong to it.
            var created = new List<Contact>();
            foreach (var contactInput in new[] { company, person }.OfType<ContactInput>())
            {
                var saved = await contacts.CreateAsync(contactInput, cancellationToken);
                if (!saved.Succeeded)
                {
                    return Result<int>.Fail([.. saved.Failures.Select(f => f with { Field = LeadConversionInput.FieldOf(f.Field) })]);
                }

                created.Add(await db.Contacts.SingleAsync(c => c.Id == saved.Value, cancellationToken));
            }

            if (created is [{ Kind: ContactKind.Company } newCompany, { Kind: ContactKind.Person } newPerson])
            {
                newPerson.CompanyId = newCompany.Id;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var contact in created)
            {
                db.History.Add(HistoryEntry.ForContact(contact.Id, CreatedFromLead, lead.Name, now, user.UserId));
            }

            var names = string.Join(", ", created.AsEnumerable().Reverse().Select(c => c.DisplayName));
            return await FinishAsync(lead, created[^1].Id, ConvertedInto, names, version, input.StatusId, input, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Assigns the lead to a contact the user may see (several leads may belong to one contact) and
    /// converts it. Either one the user may not see answers not found, and nothing changes.
    /// </summary>
    public Task<Result<int>> AssignAsync(int leadId, int contactId, Guid version, int? statusId, CancellationToken cancellationToken) =>
        AssignAsync(leadId, contactId, version, statusId, null, cancellationToken);

    /// <summary>
    /// The same, and when <paramref name="deal"/> asks for one, a deal for the contact; a label the
    /// contact already has open in the pipeline is the label's failure, and nothing is saved.
    /// </summary>
    public Task<Result<int>> AssignAsync(int leadId, int contactId, Guid version, int? statusId, LeadConversionInput? deal, CancellationToken cancellationToken) =>
        InTransactionAsync(leadId, async lead =>
        {
            var contactName = await db.Contacts.AsNoTracking().VisibleTo(user).Where(c => c.Id == contactId)
                .Select(c => c.DisplayName).SingleOrDefaultAsync(cancellationToken);
            if (contactName is null)
            {
                return Result<int>.NotFound();
            }

            if (deal is not null && await deals.ValidateAsync(deal, contactId, cancellationToken) is { Count: > 0 } failures)
            {
                return Result<int>.Fail(failures);
            }

            db.History.Add(HistoryEntry.ForContact(contactId, LeadAssigned, lead.Name, clock.GetUtcNow().UtcDateTime, user.UserId));
            return await FinishAsync(lead, contactId, AssignedToContact, contactName, version, statusId, deal, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Runs one conversion in its own transaction, on a visible lead not converted yet. The transaction
    /// starts before the lead is read: on SQLite it holds the write lock, so a second conversion waits
    /// and then reads the lead converted; elsewhere the version check refuses the second.
    /// </summary>
    private async Task<Result<int>> InTransactionAsync(int leadId, Func<Lead, Task<Result<int>>> convert, CancellationToken cancellationToken)
    {
        Result<int> result;
        await using (var transaction = await OwnTransaction.BeginAsync(db, cancellationToken))
        {
            var lead = await db.Leads.VisibleTo(user).SingleOrDefaultAsync(l => l.Id == leadId, cancellationToken);
            if (lead is null)
            {
                return Result<int>.NotFound();
            }

            if (lead.ConvertedAt is not null
                || await db.LeadStatuses.AnyAsync(s => s.Id == lead.StatusId && s.Meaning == LeadStatusMeaning.Converted, cancellationToken))
            {
                return Result<int>.Fail(new Failure(LeadConversionMessages.AlreadyConverted));
            }

            result = await convert(lead);
            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
        }

        // Rolled back. When the version check lost against another conversion, say so.
        db.ChangeTracker.Clear();
        return result.Failures.Any(f => f.MessageKey == Messages.ConcurrencyConflict)
            && await db.Leads.AnyAsync(l => l.Id == leadId && l.ConvertedAt != null, cancellationToken)
            ? Result<int>.Fail(new Failure(LeadConversionMessages.AlreadyConverted))
            : result;
    }

    /// <summary>Points the lead at the contact, puts it in a Converted status, records both, saves under the version, then moves what hangs off the lead.</summary>
    private async Task<Result<int>> FinishAsync(
        Lead lead, int contactId, string action, string contactNames, Guid version, int? statusId, LeadConversionInput? deal, CancellationToken cancellationToken)
    {
        var status = await db.LeadStatuses.AsNoTracking().Where(s => s.Meaning == LeadStatusMeaning.Converted)
            .OrderBy(s => s.Id == statusId ? 0 : 1).ThenBy(s => s.Position).FirstAsync(cancellationToken);
        var from = await db.LeadStatuses.Where(s => s.Id == lead.StatusId).Select(s => s.Name).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.History.Add(HistoryEntry.ForLead(lead.Id, LeadCommands.StatusChanged, $"{from} → {status.Name}", now, user.UserId));
        db.History.Add(HistoryEntry.ForLead(lead.Id, action, contactNames, now, user.UserId));
        lead.StatusId = status.Id;
        lead.KanbanRank = await LeadCommands.TopRankAsync(db, status.Id, cancellationToken);
        lead.ContactId = contactId;
        lead.ConvertedAt = now;
        db.Entry(lead).Property(l => l.Version).OriginalValue = version;

        // Entering the Converted status fires its templates; their tasks then follow the lead to the contact with the rest.
        await automation.StageForLeadAsync(lead, status.Id, version, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<int>.Fail(new Failure(Messages.ConcurrencyConflict));
        }
        catch (DbUpdateException)
        {
            // Another request fired this transition's templates first (their unique index): it won.
            if (await automation.LostRaceAsync(lead.Id, version, cancellationToken))
            {
                return Result<int>.Fail(new Failure(Messages.ConcurrencyConflict));
            }

            throw;
        }

        foreach (var mover in movers)
        {
            await mover.MoveAsync(new RecordRef(HistoryRecordTypes.Lead, lead.Id), new RecordRef(HistoryRecordTypes.Contact, contactId), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The deal last: it saves on its own (its id for its history and tasks), inside this same transaction.
        if (deal is { CreateDeal: true } && await deals.CreateAsync(deal, contactId, cancellationToken) is { Succeeded: false } refused)
        {
            return Result<int>.Fail(refused.Failures);
        }

        return Result<int>.Ok(contactId);
    }

    /// <summary>The lead's responsible user owns the new contact while active; otherwise the user converting it.</summary>
    private async Task<string?> OwnerAsync(Lead lead, CancellationToken cancellationToken) =>
        lead.ResponsibleUserId is { } owner && await db.Users.AnyAsync(u => u.Id == owner && u.IsActive, cancellationToken) ? owner : user.UserId;

    /// <summary>Every failure of every contact to create at once, each on the conversion form's field.</summary>
    private async Task<IReadOnlyList<Failure>> ValidateAsync(IEnumerable<ContactInput?> inputs, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        foreach (var input in inputs.OfType<ContactInput>())
        {
            var validated = await validator.ValidateAsync(input, cancellationToken);
            failures.AddRange(validated.Failures.Select(f => f with { Field = LeadConversionInput.FieldOf(f.Field) }));
        }

        return [.. failures.Distinct()];
    }
}
