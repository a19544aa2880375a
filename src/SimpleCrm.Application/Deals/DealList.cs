using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// The list view of a pipeline: every deal of it the user may see (open and closed), through the
/// board's filters, sorted by any column, a page at a time; and the same rows in order for an export.
/// </summary>
public sealed class DealList(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>A page of the list; null when there is no such active pipeline.</summary>
    public async Task<Page<DealListItem>?> PageAsync(int pipelineId, DealFilter filter, DealListQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Pipelines.AnyAsync(p => p.Id == pipelineId && !p.IsArchived, cancellationToken))
        {
            return null;
        }

        var pageSize = DealListQuery.PageSizes.Contains(query.PageSize) ? query.PageSize : DealListQuery.DefaultPageSize;
        var deals = Filtered(pipelineId, filter);
        var total = await deals.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await Rows(Order(deals, query.Sort, query.Descending).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return new Page<DealListItem>(rows, page, pageSize, total);
    }

    /// <summary>Every row of the filter in the list's order, streamed from the database: an export holds one row at a time.</summary>
    public IAsyncEnumerable<DealListItem> AllAsync(int pipelineId, DealFilter filter, DealListQuery query) =>
        Rows(Order(Filtered(pipelineId, filter), query.Sort, query.Descending)).AsAsyncEnumerable();

    private IQueryable<Deal> Filtered(int pipelineId, DealFilter filter) =>
        db.Deals.AsNoTracking().VisibleTo(user).Where(d => d.PipelineId == pipelineId)
            .FilteredAt(filter, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    private static IQueryable<DealListItem> Rows(IQueryable<Deal> deals) => deals.Select(d => new DealListItem(
        d.Id,
        d.Contact!.DisplayName,
        d.Contact.Emails.OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefault(),
        d.Label,
        d.Stage!.Name,
        d.Stage.ResourceKey,
        d.Stage.Kind,
        d.Value,
        d.Currency,
        d.ResponsibleUser != null ? d.ResponsibleUser.DisplayName : null,
        d.CloseBy,
        d.IsOpen,
        d.LastActivityAt));

    /// <summary>The chosen key, then the id in the same direction, so pages never overlap.</summary>
    private static IQueryable<Deal> Order(IQueryable<Deal> deals, DealSort sort, bool descending) => (sort, descending) switch
    {
        (DealSort.Label, false) => deals.OrderBy(d => d.LabelKey).ThenBy(d => d.Id),
        (DealSort.Label, true) => deals.OrderByDescending(d => d.LabelKey).ThenByDescending(d => d.Id),
        (DealSort.Email, false) => deals.OrderBy(d => d.Contact!.Emails.OrderBy(e => e.Position).Select(e => e.Normalized).FirstOrDefault()).ThenBy(d => d.Id),
        (DealSort.Email, true) => deals.OrderByDescending(d => d.Contact!.Emails.OrderBy(e => e.Position).Select(e => e.Normalized).FirstOrDefault()).ThenByDescending(d => d.Id),
        (DealSort.Stage, false) => deals.OrderBy(d => d.Stage!.Position).ThenBy(d => d.BoardRank).ThenBy(d => d.Id),
        (DealSort.Stage, true) => deals.OrderByDescending(d => d.Stage!.Position).ThenBy(d => d.BoardRank).ThenBy(d => d.Id),
        (DealSort.Value, false) => deals.OrderBy(d => d.Value).ThenBy(d => d.Id),
        (DealSort.Value, true) => deals.OrderByDescending(d => d.Value).ThenByDescending(d => d.Id),
        (DealSort.Responsible, false) => deals.OrderBy(d => d.ResponsibleUser!.DisplayName).ThenBy(d => d.Id),
        (DealSort.Responsible, true) => deals.OrderByDescending(d => d.ResponsibleUser!.DisplayName).ThenByDescending(d => d.Id),
        (DealSort.CloseBy, false) => deals.OrderBy(d => d.CloseBy).ThenBy(d => d.Id),
        (DealSort.CloseBy, true) => deals.OrderByDescending(d => d.CloseBy).ThenByDescending(d => d.Id),
        (_, false) => deals.OrderBy(d => d.LastActivityAt).ThenBy(d => d.Id),
        _ => deals.OrderByDescending(d => d.LastActivityAt).ThenByDescending(d => d.Id),
    };
}
