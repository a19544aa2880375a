using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Deals;

/// <summary>Creates, edits, moves, soft-deletes and (admins) restores deals one at a time, through the deal visibility rule.</summary>
public sealed class DealCommands(
    CrmDbContext db, ICurrentUser user, DealValidator validator, CustomFieldEditor customFields, DealStageChange stageChange, TimeProvider clock)
{
    /// <summary>The history line of a deal an admin brought back.</summary>
    public const string Restored = "Restored";

    /// <summary>
    /// Creates a deal for <paramref name="contactId"/> in <paramref name="pipelineId"/>. A contact the
    /// user may not see answers not found before anything is checked or saved.
    /// </summary>
    public async Task<Result<int>> CreateAsync(int contactId, int pipelineId, DealInput input, CancellationToken cancellationToken)
    {
        if (!await db.Contacts.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var validated = await validator.ValidateAsync(input, pipelineId, contactId, current: null, cancellationToken);
        var custom = await customFields.ValidateAsync(CustomFieldRecordType.Deal, input.CustomFields, recordId: null, cancellationToken);
        return await customFields.SavingAsync(custom, () => CreateAsync(contactId, pipelineId, input, validated, custom, cancellationToken), r => r.Succeeded);
    }

    private async Task<Result<int>> CreateAsync(
        int contactId, int pipelineId, DealInput input, ValidatedDeal validated, ValidatedCustomFields custom, CancellationToken cancellationToken)
    {
        if (!validated.IsValid || !custom.IsValid)
        {
            return Result<int>.Fail([.. validated.Failures, .. custom.Failures]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var stage = validated.Stage!;
        var deal = new Deal
        {
            PipelineId = pipelineId,
            ContactId = contactId,
            Source = DealSource.Manual,
            // A new deal is its author's unless given to someone: a sales rep never creates a deal they cannot see.
            ResponsibleUserId = input.ResponsibleUserId ?? user.UserId,
            LostReasonId = input.LostReasonId,
            BoardRank = await DealStageChange.TopRankAsync(db, stage.Id, cancellationToken),
            LastActivityAt = now,
        };
        Apply(deal, input);
        deal.EnterStage(stage, now);
        db.Deals.Add(deal);

        // The created line, the custom values (and what entering the first stage fires) need the deal's
        // id: a second save in the same transaction, so a deal never exists without its first line.
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        if (!await TrySaveAsync(deal, cancellationToken))
        {
            return Result<int>.Fail(new Failure(DealMessages.LabelTaken, nameof(DealInput.Label)));
        }

        await customFields.StageAsync(deal.Id, custom, cancellationToken);
        await stageChange.CreatedAsync(deal, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(deal.Id);
    }

    /// <summary>Saves the edit form, the stage included, guarded by the version the form showed.</summary>
    public async Task<Result> EditAsync(int id, DealInput input, Guid version, CancellationToken cancellationToken)
    {
        var deal = await LoadAsync(id, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound();
        }

        var validated = await validator.ValidateAsync(input, deal.PipelineId, deal.ContactId, deal, cancellationToken);
        var custom = await customFields.ValidateAsync(CustomFieldRecordType.Deal, input.CustomFields, id, cancellationToken);
        return await customFields.SavingAsync(custom, () => EditAsync(deal, input, version, validated, custom, cancellationToken), r => r.Succeeded);
    }

    private async Task<Result> EditAsync(Deal deal, DealInput input, Guid version, ValidatedDeal validated, ValidatedCustomFields custom, CancellationToken cancellationToken)
    {
        if (!validated.IsValid || !custom.IsValid)
        {
            return Result.Fail([.. validated.Failures, .. custom.Failures]);
        }

        Apply(deal, input);
        deal.ResponsibleUserId = input.ResponsibleUserId;
        deal.LastActivityAt = clock.GetUtcNow().UtcDateTime;
        if (await customFields.StageAsync(deal.Id, custom, cancellationToken))
        {
            // Values alone changed: the deal is still edited (new version, updated by and at).
            db.Entry(deal).Property(d => d.UpdatedAt).IsModified = true;
        }

        await EnterAsync(deal, validated.Stage!, input.LostReasonId, cancellationToken);
        return await SaveAsync(deal, version, cancellationToken);
    }

    /// <summary>
    /// The card's stage bar: the deal enters <paramref name="stageId"/> of its pipeline. A Lost stage
    /// needs <paramref name="lostReasonId"/>; leaving Lost clears the reason.
    /// </summary>
    public async Task<Result> ChangeStageAsync(int id, int stageId, int? lostReasonId, Guid version, CancellationToken cancellationToken)
    {
        var deal = await LoadAsync(id, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound();
        }

        var input = new DealInput { Label = deal.Label, StageId = stageId, ResponsibleUserId = deal.ResponsibleUserId, LostReasonId = lostReasonId };
        var validated = await validator.ValidateAsync(input, deal.PipelineId, deal.ContactId, deal, cancellationToken);
        if (!validated.IsValid)
        {
            return Result.Fail([.. validated.Failures]);
        }

        await EnterAsync(deal, validated.Stage!, lostReasonId, cancellationToken);
        return await SaveAsync(deal, version, cancellationToken);
    }

    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.VisibleTo(user).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound();
        }

        deal.IsDeleted = true;
        deal.DeletedAt = clock.GetUtcNow().UtcDateTime;
        deal.DeletedById = user.UserId;
        db.History.Add(HistoryEntry.For(RecordRef.Deal(deal.Id), BulkBatch.Deleted, null, deal.DeletedAt.Value, user.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>
    /// Brings a soft-deleted deal back, with a "Restored" line. Only an admin may restore (not found
    /// for anyone else). An open deal whose label another open deal of its contact in the pipeline took
    /// meanwhile stays deleted: the unique open-label index allows one.
    /// </summary>
    public async Task<Result> RestoreAsync(int id, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Result.NotFound();
        }

        var deal = await db.Deals.IgnoreQueryFilters().SingleOrDefaultAsync(d => d.Id == id && d.IsDeleted, cancellationToken);
        if (deal is null)
        {
            return Result.NotFound();
        }

        if (!await db.Contacts.AnyAsync(c => c.Id == deal.ContactId, cancellationToken))
        {
            return Result.Fail(new Failure(DealMessages.RestoreContactDeleted));
        }

        if (deal.IsOpen && await validator.HasOpenLabelAsync(deal.PipelineId, deal.ContactId, deal.LabelKey, deal.Id, cancellationToken))
        {
            return Result.Fail(new Failure(DealMessages.RestoreLabelTaken));
        }

        deal.IsDeleted = false;
        deal.DeletedAt = null;
        deal.DeletedById = null;
        db.History.Add(HistoryEntry.For(RecordRef.Deal(deal.Id), Restored, null, clock.GetUtcNow().UtcDateTime, user.UserId));
        return await TrySaveAsync(deal, cancellationToken) ? Result.Success : Result.Fail(new Failure(DealMessages.RestoreLabelTaken));
    }

    private Task<Deal?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Deals.VisibleTo(user).Include(d => d.Stage).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>The reason first, so entering a Lost stage keeps it and entering any other clears it.</summary>
    private async Task EnterAsync(Deal deal, Stage stage, int? lostReasonId, CancellationToken cancellationToken)
    {
        deal.LostReasonId = stage.Kind == StageKind.Lost ? lostReasonId : null;
        await stageChange.EnterAsync(deal, stage, cancellationToken);
    }

    private async Task<Result> SaveAsync(Deal deal, Guid version, CancellationToken cancellationToken)
    {
        db.Entry(deal).Property(d => d.Version).OriginalValue = version;
        try
        {
            return await TrySaveAsync(deal, cancellationToken) ? Result.Success : Result.Fail(new Failure(DealMessages.LabelTaken, nameof(DealInput.Label)));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Failure(Messages.ConcurrencyConflict));
        }
        catch (DbUpdateException)
        {
            // Another request fired this very transition's task templates first: the same conflict.
            db.ChangeTracker.Clear();
            if (await stageChange.LostRaceAsync(deal.Id, version, cancellationToken))
            {
                return Result.Fail(new Failure(Messages.ConcurrencyConflict));
            }

            throw;
        }
    }

    /// <summary>
    /// Saves; false when the unique open-label index refused it: another request saved an open deal
    /// with the label between the check and this save.
    /// </summary>
    private async Task<bool> TrySaveAsync(Deal deal, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (deal.IsOpen && await validator.HasOpenLabelAsync(deal.PipelineId, deal.ContactId, deal.LabelKey, deal.Id == 0 ? null : deal.Id, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private static void Apply(Deal deal, DealInput input)
    {
        deal.SetLabel(input.Label!);
        deal.Value = input.Value;
        deal.Currency = input.Value is null ? null : Clean(input.Currency)?.ToUpperInvariant();
        deal.CloseBy = input.CloseBy;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
