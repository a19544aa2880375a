using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// The one way a deal enters another stage, whatever moved it (its card's form, a drag on the board):
/// the open flag, won/lost date and stage-entry time follow the stage, the card goes on top of its new
/// column, the deal's history gets "StageChanged: from → to" and the stage's task templates fire. All
/// staged on the caller's DbContext, saved with the caller's change and guarded by the deal's version.
/// A caller whose save throws <see cref="DbUpdateException"/> asks <see cref="LostRaceAsync"/> whether
/// another request fired this transition first (then it is a conflict, like the version check's).
/// </summary>
public sealed class DealStageChange(CrmDbContext db, ICurrentUser user, TimeProvider clock, TaskAutomation automation)
{
    /// <summary>
    /// Stages <paramref name="deal"/> (tracked, its stage loaded) entering <paramref name="target"/>, a
    /// stage of the deal's pipeline. Returns false, staging nothing, when the deal is already there.
    /// The transition is the version the save is guarded by (the tracked original value: set it to the
    /// version the user saw before or after this call), so two requests moving one version fire once.
    /// </summary>
    public async Task<bool> EnterAsync(Deal deal, Stage target, CancellationToken cancellationToken)
    {
        if (target.PipelineId != deal.PipelineId)
        {
            throw new InvalidOperationException($"Stage {target.Id} is not in the pipeline of deal {deal.Id}.");
        }

        if (deal.StageId == target.Id)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var from = deal.Stage?.Name ?? await db.Stages.Where(s => s.Id == deal.StageId).Select(s => s.Name).SingleAsync(cancellationToken);
        deal.EnterStage(target, now);
        deal.BoardRank = await TopRankAsync(db, target.Id, cancellationToken);
        db.History.Add(HistoryEntry.For(RecordRef.Deal(deal.Id), PipelineMessages.StageChanged, from + " → " + target.Name, now, user.UserId));
        await automation.StageForDealAsync(deal, target.Id, TransitionOf(deal), cancellationToken);
        return true;
    }

    /// <summary>
    /// Stages what a deal created one at a time (its form, a lead's conversion) brings: the "DealCreated"
    /// line and whatever entering its first stage fires. Call it once the deal is saved and has an id,
    /// inside the same transaction, and save again. Bulk additions go through <see cref="DealBatchInsert"/>,
    /// which does the same set-based. Created in a stage is entering it: the transition is <see cref="Guid.Empty"/>.
    /// </summary>
    public async Task CreatedAsync(Deal deal, CancellationToken cancellationToken)
    {
        db.History.Add(HistoryEntry.For(RecordRef.Deal(deal.Id), DealBatchInsert.DealCreated, deal.Source.ToString(), clock.GetUtcNow().UtcDateTime, user.UserId));
        await automation.StageForDealAsync(deal, deal.StageId, Guid.Empty, cancellationToken);
    }

    /// <summary>
    /// After a save of a stage change failed with a <see cref="DbUpdateException"/>: whether another
    /// request already fired this transition (version <paramref name="version"/>) of the deal, so the
    /// firing index refused ours. Then it is a conflict for the user, not an error page; clear the
    /// change tracker before asking.
    /// </summary>
    public Task<bool> LostRaceAsync(int dealId, Guid version, CancellationToken cancellationToken) =>
        automation.LostRaceAsync(RecordRef.Deal(dealId), version, cancellationToken);

    private Guid TransitionOf(Deal deal) =>
        db.Entry(deal).State == EntityState.Detached ? deal.Version : db.Entry(deal).Property(d => d.Version).OriginalValue;

    /// <summary>
    /// A rank above every card of the stage's column (deleted deals included: they come back where they
    /// were). Asked per deleted flag: with both equalities the (StageId, IsDeleted, BoardRank) index
    /// answers each minimum with one seek, where "StageId = @s" alone reads the whole column.
    /// </summary>
    public static async Task<long> TopRankAsync(CrmDbContext db, int stageId, CancellationToken cancellationToken)
    {
        var column = db.Deals.IgnoreQueryFilters().Where(d => d.StageId == stageId);
        var live = await column.Where(d => !d.IsDeleted).MinAsync(d => (long?)d.BoardRank, cancellationToken);
        var deleted = await column.Where(d => d.IsDeleted).MinAsync(d => (long?)d.BoardRank, cancellationToken);
        return Math.Min(live ?? 0, deleted ?? 0) - 1;
    }
}
