using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// A card dropped on a pipeline's board: into another column through <see cref="DealStageChange"/>
/// (the one way a deal enters a stage), or to another place in its own column; guarded by the version
/// the board showed, so a deal someone changed meanwhile stays where it is and the card goes back.
/// </summary>
public sealed class DealMoves(CrmDbContext db, ICurrentUser user, DealStageChange stageChange, TimeProvider clock)
{
    /// <summary>Gap left between ranks when a column is renumbered to make room for a drop.</summary>
    public const long RankStep = 1024;

    /// <summary>
    /// Moves the deal into <paramref name="stageId"/>'s column just above the card <paramref name="beforeId"/>
    /// (at the bottom when none). Entering a Lost stage takes a non-archived <paramref name="lostReasonId"/>.
    /// Returns the version this save wrote, so the card can be dragged again without re-reading it.
    /// </summary>
    public async Task<Result<Guid>> MoveCardAsync(
        int dealId, int stageId, int? beforeId, Guid version, int? lostReasonId, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.VisibleTo(user).Include(d => d.Stage).SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        if (deal is null)
        {
            return Result<Guid>.NotFound();
        }

        var target = await db.Stages.SingleOrDefaultAsync(s => s.Id == stageId && s.PipelineId == deal.PipelineId, cancellationToken);
        if (target is null)
        {
            return Result<Guid>.Fail(new Failure(DealBoardMessages.StageUnknown));
        }

        var entersLost = target.Kind == StageKind.Lost && deal.StageId != target.Id;
        if (entersLost && (lostReasonId is not { } reasonId
            || !await db.LostReasons.AnyAsync(r => r.Id == reasonId && !r.IsArchived, cancellationToken)))
        {
            return Result<Guid>.Fail(new Failure(DealBoardMessages.LostReasonRequired));
        }

        // The rank renumbering and the deal's save stand or fall together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(deal).Property(d => d.Version).OriginalValue = version;
        await stageChange.EnterAsync(deal, target, cancellationToken);
        if (entersLost)
        {
            deal.LostReasonId = lostReasonId;
        }

        deal.BoardRank = await RankAboveAsync(stageId, beforeId, dealId, cancellationToken);
        deal.LastActivityAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result<Guid>.Ok(deal.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Result<Guid>.Fail(new Failure(Messages.ConcurrencyConflict));
        }
        catch (DbUpdateException)
        {
            // Another request fired this very transition's task templates first: the same conflict.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await stageChange.LostRaceAsync(dealId, version, cancellationToken))
            {
                return Result<Guid>.Fail(new Failure(Messages.ConcurrencyConflict));
            }

            throw;
        }
    }

    /// <summary>
    /// A rank just above the card <paramref name="beforeId"/> in the stage's column, or below its last card.
    /// Deleted deals count (they come back where they were). When two neighbours leave no gap, the
    /// cards from the lower one down move by <see cref="RankStep"/>.
    /// </summary>
    private async Task<long> RankAboveAsync(int stageId, int? beforeId, int movingId, CancellationToken cancellationToken)
    {
        var column = db.Deals.IgnoreQueryFilters().Where(d => d.StageId == stageId && d.Id != movingId);
        var below = beforeId is { } belowId
            ? await column.Where(d => d.Id == belowId).Select(d => (long?)d.BoardRank).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (below is not { } belowRank)
        {
            var bottom = await column.MaxAsync(d => (long?)d.BoardRank, cancellationToken);
            return bottom is { } rank ? rank + RankStep : 0;
        }

        var above = await column.Where(d => d.BoardRank < belowRank).MaxAsync(d => (long?)d.BoardRank, cancellationToken);
        if (above is not { } aboveRank)
        {
            return belowRank - RankStep;
        }

        if (belowRank - aboveRank < 2)
        {
            await column.Where(d => d.BoardRank >= belowRank)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.BoardRank, d => d.BoardRank + RankStep), cancellationToken);
            belowRank += RankStep;
        }

        return aboveRank + ((belowRank - aboveRank) / 2);
    }
}
