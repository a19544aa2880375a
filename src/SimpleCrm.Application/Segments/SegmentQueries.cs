using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Segments;

/// <summary>
/// Reads of the segments the user may use (shared ones and their own), each evaluated when read:
/// the count is of the contacts the user may see that match it now.
/// </summary>
public sealed class SegmentQueries(CrmDbContext db, ICurrentUser user, ContactMatching matching)
{
    /// <summary>The user's own and the shared segments by name, each with its live count.</summary>
    public async Task<IReadOnlyList<SegmentSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await Rows(db.Segments.AsNoTracking().VisibleTo(user).OrderBy(s => s.Name).ThenBy(s => s.Id)).ToListAsync(cancellationToken);
        var summaries = new List<SegmentSummary>(rows.Count);
        foreach (var row in rows)
        {
            summaries.Add(await SummarizeAsync(row, cancellationToken));
        }

        return summaries;
    }

    /// <summary>Whether the user may use the segment (shared, or their own): an export or a bulk action of any other is not found.</summary>
    public Task<bool> IsUsableAsync(int id, CancellationToken cancellationToken) =>
        db.Segments.AsNoTracking().VisibleTo(user).AnyAsync(s => s.Id == id, cancellationToken);

    /// <summary>A segment the user may use, with its live count; null for one that is private to someone else or missing.</summary>
    public async Task<SegmentSummary?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var row = await Rows(db.Segments.AsNoTracking().VisibleTo(user).Where(s => s.Id == id)).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : await SummarizeAsync(row, cancellationToken);
    }

    private IQueryable<SegmentRow> Rows(IQueryable<Segment> segments) =>
        segments.Select(s => new SegmentRow(
            s.Id,
            s.Name,
            s.IsShared,
            s.OwnerId,
            db.Users.Where(u => u.Id == s.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            s.Filter));

    private async Task<SegmentSummary> SummarizeAsync(SegmentRow row, CancellationToken cancellationToken)
    {
        var filter = SegmentFilterJson.Read(row.Filter);
        var count = await matching.CountAsync(filter, cancellationToken);
        var mayChange = SegmentVisibility.MayChange(new Segment { OwnerId = row.OwnerId }, user);
        return new SegmentSummary(row.Id, row.Name, row.IsShared, row.OwnerName, filter, count, mayChange);
    }

    private sealed record SegmentRow(int Id, string Name, bool IsShared, string OwnerId, string? OwnerName, string Filter);
}
