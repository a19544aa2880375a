using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// The kanban board of leads: one column per status shown on the board, in order, each with its
/// count, amount totals and first <see cref="PageSize"/> cards; more cards per column on demand.
/// Everything through the visibility rule.
/// </summary>
public sealed class LeadBoard(CrmDbContext db, ICurrentUser user)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<LeadBoardColumn>> ColumnsAsync(LeadBoardQuery query, CancellationToken cancellationToken)
    {
        var statuses = await db.LeadStatuses.AsNoTracking().Where(s => s.ShowOnKanban).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.Name, s.ResourceKey, s.Color }).ToListAsync(cancellationToken);
        var statusIds = statuses.Select(s => s.Id).ToList();
        var (counts, totals) = await CountsAndTotalsAsync(query, statusIds, cancellationToken);

        var columns = new List<LeadBoardColumn>();
        foreach (var status in statuses)
        {
            columns.Add(new LeadBoardColumn(
                status.Id,
                status.Name,
                status.ResourceKey,
                status.Color,
                counts.GetValueOrDefault(status.Id),
                totals.GetValueOrDefault(status.Id) ?? [],
                await CardsAsync(query, status.Id, afterRank: null, afterId: null, cancellationToken)));
        }

        return columns;
    }

    /// <summary>
    /// Each column's count and amount totals per currency, summed in the database over the parts of the
    /// visibility rule (<see cref="LeadVisibility.VisibleParts"/>: a sales rep holding classes is two
    /// index seeks, not one scan for the rule's OR). The sum runs on the amount as a double, as SQLite
    /// has no decimal type (reading every amount to add them here took 100 ms at 80 000 open leads);
    /// rounded back to cents, a total is exact up to about 10¹³ in its currency.
    /// </summary>
    private async Task<(Dictionary<int, int> Counts, Dictionary<int, IReadOnlyList<LeadAmountTotal>> Totals)> CountsAndTotalsAsync(
        LeadBoardQuery query, List<int> statusIds, CancellationToken cancellationToken)
    {
        var groups = new List<(int StatusId, string Currency, int Count, int WithAmount, double Amount)>();
        foreach (var part in db.Leads.AsNoTracking().VisibleParts(user))
        {
            var rows = await Filter(part, query).Where(l => statusIds.Contains(l.StatusId))
                .GroupBy(l => new { l.StatusId, l.Currency })
                .Select(g => new
                {
                    g.Key.StatusId,
                    g.Key.Currency,
                    Count = g.Count(),
                    WithAmount = g.Count(l => l.EstimatedAmount != null),
                    Amount = g.Sum(l => (double?)l.EstimatedAmount) ?? 0,
                })
                .ToListAsync(cancellationToken);
            groups.AddRange(rows.Select(r => (r.StatusId, r.Currency ?? string.Empty, r.Count, r.WithAmount, r.Amount)));
        }

        var counts = groups.GroupBy(g => g.StatusId).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var totals = groups.Where(g => g.WithAmount > 0).GroupBy(g => g.StatusId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<LeadAmountTotal>)[.. g.GroupBy(r => r.Currency).OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new LeadAmountTotal(c.Key, Math.Round((decimal)c.Sum(r => r.Amount), 2)))]);
        return (counts, totals);
    }

    /// <summary>The next cards of a column after the last one shown (keyset paging on rank, then id).</summary>
    public async Task<IReadOnlyList<LeadBoardCard>> CardsAsync(LeadBoardQuery query, int statusId, long? afterRank, int? afterId, CancellationToken cancellationToken)
    {
        var cards = Filter(db.Leads.AsNoTracking().VisibleTo(user), query).Where(l => l.StatusId == statusId);
        if (afterRank is { } rank && afterId is { } id)
        {
            cards = cards.Where(l => l.KanbanRank > rank || (l.KanbanRank == rank && l.Id > id));
        }

        return await cards.OrderBy(l => l.KanbanRank).ThenBy(l => l.Id).Take(PageSize)
            .Select(l => new LeadBoardCard(
                l.Id,
                l.Name,
                l.CompanyName,
                l.EstimatedAmount,
                l.Currency,
                l.ResponsibleUser != null ? l.ResponsibleUser.DisplayName : null,
                l.CreatedAt,
                l.KanbanRank,
                l.Version))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<Lead> Filter(IQueryable<Lead> leads, LeadBoardQuery query)
    {
        if (query.SourceId is { } sourceId)
        {
            leads = leads.Where(l => l.SourceId == sourceId);
        }

        if (!string.IsNullOrEmpty(query.ResponsibleUserId))
        {
            leads = leads.Where(l => l.ResponsibleUserId == query.ResponsibleUserId);
        }

        return leads.Matching(query.Search);
    }
}
