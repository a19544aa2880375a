using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Leads;

/// <summary>Creates, edits, re-statuses and soft-deletes leads through the visibility rule.</summary>
public sealed class LeadCommands(
    CrmDbContext db, ICurrentUser user, LeadValidator validator, CustomFieldEditor customFields, TaskAutomation automation, TimeProvider clock)
{
    public const string StatusChanged = "StatusChanged";

    public const string LinkedToContact = "LinkedToContact";

    /// <summary>Gap between kanban ranks, so a card can be dropped between two without renumbering.</summary>
    public const long RankStep = 1024;

    public Task<Result<int>> CreateAsync(LeadInput input, CancellationToken cancellationToken) =>
        CreateAsync(input, contactId: null, cancellationToken);

    /// <summary>
    /// Creates the lead, linked to <paramref name="contactId"/> when given (the duplicate warning's
    /// "link to this contact"). A contact the user may not see answers not found before anything is saved.
    /// </summary>
    public async Task<Result<int>> CreateAsync(LeadInput input, int? contactId, CancellationToken cancellationToken)
    {
        string? contactName = null;
        if (contactId is { } wanted && (contactName = await VisibleContactNameAsync(wanted, cancellationToken)) is null)
        {
            return Result<int>.NotFound();
        }

        var validated = await validator.ValidateAsync(input, current: null, cancellationToken);
        var custom = await customFields.ValidateAsync(CustomFieldRecordType.Lead, input.CustomFields, recordId: null, cancellationToken);
        return await customFields.SavingAsync(custom, () => CreateAsync(input, contactId, contactName, validated, custom, cancellationToken), r => r.Succeeded);
    }

    private async Task<Result<int>> CreateAsync(
        LeadInput input, int? contactId, string? contactName, ValidatedLead validated, ValidatedCustomFields custom, CancellationToken cancellationToken)
    {
        if (!validated.IsValid || !custom.IsValid)
        {
            return Result<int>.Fail([.. validated.Failures, .. custom.Failures]);
        }

        var statusId = input.StatusId ?? await db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Open)
            .OrderBy(s => s.Position).Select(s => s.Id).FirstAsync(cancellationToken);
        if (await IsConvertedAsync(statusId, cancellationToken))
        {
            return Result<int>.Fail(new Failure(LeadMessages.ConvertInstead, nameof(LeadInput.StatusId)));
        }

        var lead = new Lead
        {
            StatusId = statusId,
            SourceId = input.SourceId ?? await db.LeadSources.Where(s => s.IsActive).OrderBy(s => s.Position).Select(s => s.Id).FirstAsync(cancellationToken),
            // A new lead is its author's unless given to someone: a sales rep never creates a lead they cannot see.
            ResponsibleUserId = input.ResponsibleUserId ?? user.UserId,
            KanbanRank = await TopRankAsync(db, statusId, cancellationToken),
        };
        Apply(lead, input, validated);
        lead.ContactId = contactId;
        db.Leads.Add(lead);

        // The history line and the custom values need the new lead's id, so a second save: both in
        // one transaction, so a lead never exists without its values or the line that says who linked it.
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var hasValues = await customFields.StageAsync(lead.Id, custom, cancellationToken);
        if (contactName is not null)
        {
            RecordLink(lead.Id, contactName);
        }

        // Created in a status is entering it: its templates fire, in this same transaction.
        var fired = await automation.StageForLeadAsync(lead, statusId, lead.Version, cancellationToken);
        if (hasValues || contactName is not null || fired)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(lead.Id);
    }

    public Task<Result> UpdateAsync(int id, LeadInput input, Guid version, CancellationToken cancellationToken) =>
        UpdateAsync(id, input, version, contactId: null, cancellationToken);

    /// <summary>Saves the edit and, when <paramref name="contactId"/> is given, links the lead to that contact in the same save.</summary>
    public async Task<Result> UpdateAsync(int id, LeadInput input, Guid version, int? contactId, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.VisibleTo(user).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
        {
            return Result.NotFound();
        }

        var validated = await validator.ValidateAsync(input, lead, cancellationToken);
        var custom = await customFields.ValidateAsync(CustomFieldRecordType.Lead, input.CustomFields, id, cancellationToken);
        return await customFields.SavingAsync(custom, () => UpdateAsync(lead, input, version, contactId, validated, custom, cancellationToken), r => r.Succeeded);
    }

    private async Task<Result> UpdateAsync(
        Lead lead, LeadInput input, Guid version, int? contactId, ValidatedLead validated, ValidatedCustomFields custom, CancellationToken cancellationToken)
    {
        var id = lead.Id;
        if (!validated.IsValid || !custom.IsValid)
        {
            return Result.Fail([.. validated.Failures, .. custom.Failures]);
        }

        if (input.StatusId is { } statusId && statusId != lead.StatusId)
        {
            var moved = await MoveAsync(lead, statusId, version, cancellationToken);
            if (!moved.Succeeded)
            {
                return moved;
            }
        }

        if (contactId is { } wanted && !await LinkAsync(lead, wanted, cancellationToken))
        {
            return Result.NotFound();
        }

        lead.SourceId = input.SourceId ?? lead.SourceId;
        lead.ResponsibleUserId = input.ResponsibleUserId;
        Apply(lead, input, validated);
        if (await customFields.StageAsync(id, custom, cancellationToken))
        {
            // Values alone changed: the lead is still edited (new version, updated by and at).
            db.Entry(lead).Property(l => l.UpdatedAt).IsModified = true;
        }

        return await SaveAsync(lead, version, cancellationToken);
    }

    /// <summary>The status dropdown of the list and the card: one field, guarded by the version the page showed.</summary>
    public async Task<Result> ChangeStatusAsync(int id, int statusId, Guid version, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.VisibleTo(user).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
        {
            return Result.NotFound();
        }

        var moved = await MoveAsync(lead, statusId, version, cancellationToken);
        return moved.Succeeded ? await SaveAsync(lead, version, cancellationToken) : moved;
    }

    /// <summary>
    /// A card dropped on the board: into <paramref name="statusId"/>'s column, just above the card
    /// <paramref name="beforeId"/> (at the bottom when none). Guarded by the version the board showed:
    /// if someone changed the lead meanwhile, nothing moves and the board puts the card back.
    /// </summary>
    public async Task<Result<Guid>> MoveCardAsync(int id, int statusId, int? beforeId, Guid version, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.VisibleTo(user).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
        {
            return Result<Guid>.NotFound();
        }

        var moved = await MoveAsync(lead, statusId, version, cancellationToken);
        if (!moved.Succeeded)
        {
            return Result<Guid>.Fail(moved.Failures);
        }

        lead.KanbanRank = await RankAboveAsync(statusId, beforeId, id, cancellationToken);
        var saved = await SaveAsync(lead, version, cancellationToken);

        // The version this save wrote, so the board can drag the card again without re-reading it
        // (a re-read could pick up someone else's later change and let the next drag undo it).
        return saved.Succeeded ? Result<Guid>.Ok(lead.Version) : Result<Guid>.Fail(saved.Failures);
    }

    /// <summary>
    /// Links the lead to a contact (the customer it turned out to be) and records it in the lead's
    /// history. Both must be visible to the user; either one that is not answers not found.
    /// </summary>
    public async Task<Result> LinkToContactAsync(int leadId, int contactId, Guid version, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.VisibleTo(user).SingleOrDefaultAsync(l => l.Id == leadId, cancellationToken);
        if (lead is null || !await LinkAsync(lead, contactId, cancellationToken))
        {
            return Result.NotFound();
        }

        return await SaveAsync(lead, version, cancellationToken);
    }

    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.VisibleTo(user).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
        {
            return Result.NotFound();
        }

        lead.IsDeleted = true;
        lead.DeletedAt = clock.GetUtcNow().UtcDateTime;
        lead.DeletedById = user.UserId;
        db.History.Add(HistoryEntry.ForLead(lead.Id, BulkBatch.Deleted, null, lead.DeletedAt.Value, user.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>
    /// Puts the lead in another status, on top of its kanban column, records the move in its history
    /// and stages the status's task templates for this transition (from <paramref name="version"/>).
    /// </summary>
    private async Task<Result> MoveAsync(Lead lead, int statusId, Guid version, CancellationToken cancellationToken)
    {
        if (statusId == lead.StatusId)
        {
            return Result.Success;
        }

        var statuses = await db.LeadStatuses.AsNoTracking().Where(s => s.Id == statusId || s.Id == lead.StatusId)
            .Select(s => new { s.Id, s.Name, s.Meaning }).ToListAsync(cancellationToken);
        var target = statuses.SingleOrDefault(s => s.Id == statusId);
        if (target is null)
        {
            return Result.Fail(new Failure(LeadMessages.StatusUnknown, nameof(LeadInput.StatusId)));
        }

        // Only the conversion puts a lead in a Converted status the first time; a lead converted before
        // (it has its contact) may come back to one after being moved out.
        if (target.Meaning == LeadStatusMeaning.Converted && lead.ConvertedAt is null)
        {
            return Result.Fail(new Failure(LeadMessages.ConvertInstead, nameof(LeadInput.StatusId)));
        }

        var from = statuses.Single(s => s.Id == lead.StatusId).Name;
        lead.StatusId = statusId;
        lead.KanbanRank = await TopRankAsync(db, statusId, cancellationToken);
        db.History.Add(HistoryEntry.ForLead(lead.Id, StatusChanged, $"{from} → {target.Name}", clock.GetUtcNow().UtcDateTime, user.UserId));
        await automation.StageForLeadAsync(lead, statusId, version, cancellationToken);
        return Result.Success;
    }

    /// <summary>
    /// A rank between the card above the drop and <paramref name="beforeId"/>. When two neighbours
    /// have no room left between them, the cards from <paramref name="beforeId"/> down move one step
    /// down in a single statement (ranks are board order, not an edit: versions stay).
    /// </summary>
    private async Task<long> RankAboveAsync(int statusId, int? beforeId, int movingId, CancellationToken cancellationToken)
    {
        var column = db.Leads.IgnoreQueryFilters().Where(l => l.StatusId == statusId && l.Id != movingId);
        var below = beforeId is { } belowId
            ? await column.Where(l => l.Id == belowId).Select(l => (long?)l.KanbanRank).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (below is not { } belowRank)
        {
            var bottom = await column.MaxAsync(l => (long?)l.KanbanRank, cancellationToken);
            return bottom is { } rank ? rank + RankStep : 0;
        }

        var above = await column.Where(l => l.KanbanRank < belowRank).MaxAsync(l => (long?)l.KanbanRank, cancellationToken);
        if (above is not { } aboveRank)
        {
            return belowRank - RankStep;
        }

        if (belowRank - aboveRank < 2)
        {
            await column.Where(l => l.KanbanRank >= belowRank)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.KanbanRank, l => l.KanbanRank + RankStep), cancellationToken);
            belowRank += RankStep;
        }

        return aboveRank + ((belowRank - aboveRank) / 2);
    }

    /// <summary>A rank above every card of the status's column (deleted leads included: they come back where they were).</summary>
    internal static async Task<long> TopRankAsync(CrmDbContext db, int statusId, CancellationToken cancellationToken)
    {
        var top = await db.Leads.IgnoreQueryFilters().Where(l => l.StatusId == statusId).MinAsync(l => (long?)l.KanbanRank, cancellationToken);
        return top is { } rank ? rank - RankStep : 0;
    }

    /// <summary>Points the lead at the contact when the user may see it; false (and nothing changed) when not.</summary>
    private async Task<bool> LinkAsync(Lead lead, int contactId, CancellationToken cancellationToken)
    {
        var name = await VisibleContactNameAsync(contactId, cancellationToken);
        if (name is null)
        {
            return false;
        }

        if (lead.ContactId != contactId)
        {
            lead.ContactId = contactId;
            RecordLink(lead.Id, name);
        }

        return true;
    }

    private Task<string?> VisibleContactNameAsync(int contactId, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking().VisibleTo(user).Where(c => c.Id == contactId).Select(c => c.DisplayName).SingleOrDefaultAsync(cancellationToken);

    private void RecordLink(int leadId, string contactName) =>
        db.History.Add(HistoryEntry.ForLead(leadId, LinkedToContact, contactName, clock.GetUtcNow().UtcDateTime, user.UserId));

    private Task<bool> IsConvertedAsync(int statusId, CancellationToken cancellationToken) =>
        db.LeadStatuses.AnyAsync(s => s.Id == statusId && s.Meaning == LeadStatusMeaning.Converted, cancellationToken);

    private async Task<Result> SaveAsync(Lead lead, Guid version, CancellationToken cancellationToken)
    {
        db.Entry(lead).Property(l => l.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Failure(Messages.ConcurrencyConflict));
        }
        catch (DbUpdateException)
        {
            // Another request fired this very transition's templates first (their unique index): it moved the lead, this one lost.
            db.ChangeTracker.Clear();
            if (await automation.LostRaceAsync(lead.Id, version, cancellationToken))
            {
                return Result.Fail(new Failure(Messages.ConcurrencyConflict));
            }

            throw;
        }
    }

    internal static void Apply(Lead lead, LeadInput input, ValidatedLead validated)
    {
        lead.Name = input.Name!.Trim();
        lead.FirstName = Clean(input.FirstName);
        lead.LastName = Clean(input.LastName);
        lead.CompanyName = Clean(input.CompanyName);
        lead.CompanyCode = Clean(input.CompanyCode);
        lead.Email = Clean(input.Email);
        lead.Phone = Clean(input.Phone);
        lead.PhoneE164 = validated.PhoneE164;
        lead.Website = Clean(input.Website);
        lead.Street = Clean(input.Street);
        lead.City = Clean(input.City);
        lead.PostalCode = Clean(input.PostalCode);
        lead.Country = Clean(input.Country);
        lead.BirthDate = input.BirthDate;
        lead.EstimatedAmount = input.EstimatedAmount;
        lead.Currency = input.EstimatedAmount is null ? null : Clean(input.Currency)?.ToUpperInvariant();
        lead.ProductsOfInterest = Clean(input.ProductsOfInterest);
        lead.RefreshDerivedFields();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
