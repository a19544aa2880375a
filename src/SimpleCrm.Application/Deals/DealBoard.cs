using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// The kanban board of a pipeline: one column per stage in order (Won and Lost included: they are
/// where deals are dragged to close them), each with its count, value totals and weighted totals per
/// currency and its first <see cref="PageSize"/> cards; more cards of a column on demand (keyset
/// paging, so a Won column of 50 000 closed deals costs what an empty one does). Everything through
/// <see cref="DealVisibility"/> and the shared <see cref="DealFilter"/>.
/// </summary>
public sealed class DealBoard(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const int PageSize = 30;

    /// <summary>The active pipelines, in their admin order.</summary>
    public async Task<IReadOnlyList<DealBoardPipeline>> PipelinesAsync(CancellationToken cancellationToken) =>
        await db.Pipelines.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new DealBoardPipeline(p.Id, p.Name, p.ResourceKey)).ToListAsync(cancellationToken);

    /// <summary>The reasons a deal dropped in a Lost column may be given (archived ones are no longer offered).</summary>
    public async Task<IReadOnlyList<DealLostReason>> LostReasonsAsync(CancellationToken cancellationToken) =>
        await db.LostReasons.AsNoTracking().Where(r => !r.IsArchived).OrderBy(r => r.Position).ThenBy(r => r.Id)
            .Select(r => new DealLostReason(r.Id, r.Name, r.ResourceKey)).ToListAsync(cancellationToken);

    /// <summary>The board of an active pipeline; null when there is no such pipeline.</summary>
    public async Task<DealBoardView?> BoardAsync(int pipelineId, DealFilter filter, CancellationToken cancellationToken)
    {
        var pipelines = await PipelinesAsync(cancellationToken);
        var pipeline = pipelines.FirstOrDefault(p => p.Id == pipelineId);
        if (pipeline is null)
        {
            return null;
        }

        var stages = await db.Stages.AsNoTracking().Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.Name, s.ResourceKey, s.Color, s.Kind, s.Probability }).ToListAsync(cancellationToken);
        var groups = await GroupsAsync([.. stages.Select(s => s.Id)], filter, cancellationToken);

        var columns = new List<DealBoardColumn>();
        foreach (var stage in stages)
        {
            var ofStage = groups.Where(g => g.StageId == stage.Id).ToList();
            var totals = ofStage.Where(g => g.WithValue > 0).OrderBy(g => g.Currency, StringComparer.Ordinal)
                .Select(g =>
                {
                    var amount = Math.Round((decimal)g.Amount, 2);
                    return new DealAmountTotal(g.Currency, amount, stage.Probability is { } p ? Math.Round(amount * p / 100m, 2) : null);
                })
                .ToList();
            columns.Add(new DealBoardColumn(
                stage.Id, stage.Name, stage.ResourceKey, stage.Color, stage.Kind, stage.Probability, ofStage.Sum(g => g.Count), totals,
                await CardsAsync(pipelineId, stage.Id, filter, afterRank: null, afterId: null, cancellationToken)));
        }

        return new DealBoardView(pipeline, pipelines, columns);
    }

    /// <summary>The next cards of a column after the last one shown (keyset paging on rank, then id).</summary>
    public async Task<IReadOnlyList<DealBoardCard>> CardsAsync(
        int pipelineId, int stageId, DealFilter filter, long? afterRank, int? afterId, CancellationToken cancellationToken)
    {
        var cards = Visible(filter).Where(d => d.StageId == stageId && d.PipelineId == pipelineId);
        if (afterRank is { } rank && afterId is { } id)
        {
            cards = cards.Where(d => d.BoardRank > rank || (d.BoardRank == rank && d.Id > id));
        }

        return await cards.OrderBy(d => d.BoardRank).ThenBy(d => d.Id).Take(PageSize)
            .Select(d => new DealBoardCard(
                d.Id,
                d.Contact!.DisplayName,
                d.Label,
                d.Value,
                d.Currency,
                d.ResponsibleUser != null ? d.ResponsibleUser.DisplayName : null,
                d.CloseBy,
                d.IsOpen,
                d.LastActivityAt,
                d.BoardRank,
                d.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Each stage's count and value sum per currency, in one grouped query. As on the leads' board the
    /// sum runs on the value as a double (SQLite has no decimal type; reading every value to add them
    /// here costs far more), rounded back to cents: exact up to about 10¹³ in its currency.
    /// </summary>
    private async Task<List<(int StageId, string Currency, int Count, int WithValue, double Amount)>> GroupsAsync(
        List<int> stageIds, DealFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Visible(filter).Where(d => stageIds.Contains(d.StageId))
            .GroupBy(d => new { d.StageId, d.Currency })
            .Select(g => new
            {
                g.Key.StageId,
                g.Key.Currency,
                Count = g.Count(),
                WithValue = g.Count(d => d.Value != null),
                Amount = g.Sum(d => (double?)d.Value) ?? 0,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.StageId, r.Currency ?? string.Empty, r.Count, r.WithValue, r.Amount))];
    }

    private IQueryable<Deal> Visible(DealFilter filter) =>
        db.Deals.AsNoTracking().VisibleTo(user).FilteredAt(filter, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
