using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Deals;

/// <summary>Creates, edits, moves and soft-deletes deals one at a time, through the deal visibility rule.</summary>
public sealed class DealCommands(CrmDbContext db, ICurrentUser user, DealValidator validator, DealStageChange stageChange, TimeProvider clock)
{
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
        if (!validated.IsValid)
        {
            return Result<int>.Fail(validated.Failures);
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

        // The created line (and what entering the first stage fires) needs the deal's id: a second
        // save in the same transaction, so a deal never exists without its first line.
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        if (!await TrySaveAsync(deal, cancellationToken))
        {
            return Result<int>.Fail(new Failure(DealMessages.LabelTaken, nameof(DealInput.Label)));
        }

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
        if (!validated.IsValid)
        {
            return Result.Fail([.. validated.Failures]);
        }

        Apply(deal, input);
        deal.ResponsibleUserId = input.ResponsibleUserId;
        deal.LastActivityAt = clock.GetUtcNow().UtcDateTime;
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
