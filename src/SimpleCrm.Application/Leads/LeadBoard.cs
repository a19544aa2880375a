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
        var leads = Filter(query).Where(l => statusIds.Contains(l.StatusId));
        var counts = await leads.GroupBy(l => l.StatusId).Select(g => new { StatusId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.StatusId, g => g.Count, cancellationToken);

        // SQLite has no decimal type, so amounts are summed here from a narrow projection per currency group.
        var amounts = await leads.Where(l => l.EstimatedAmount != null)
            .Select(l => new { l.StatusId, Currency = l.Currency ?? string.Empty, Amount = l.EstimatedAmount!.Value })
            .ToListAsync(cancellationToken);
        var totals = amounts.GroupBy(a => a.StatusId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<LeadAmountTotal>)[.. g.GroupBy(a => a.Currency).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new LeadAmountTotal(c.Key, c.Sum(a => a.Amount)))]);

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

    /// <summary>The next cards of a column after the last one shown (keyset paging on rank, then id).</summary>
    public async Task<IReadOnlyList<LeadBoardCard>> CardsAsync(LeadBoardQuery query, int statusId, long? afterRank, int? afterId, CancellationToken cancellationToken)
    {
        var cards = Filter(query).Where(l => l.StatusId == statusId);
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

    private IQueryable<Lead> Filter(LeadBoardQuery query)
    {
        var leads = db.Leads.AsNoTracking().VisibleTo(user);
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
