using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>The list's criteria as a query over visible leads: shared by the list, its groups and the mass actions on "all matching".</summary>
public static class LeadListFilter
{
    /// <summary>
    /// The visible leads <paramref name="query"/> matches (cleaned by <see cref="LeadListVocabulary"/> first).
    /// With no status chosen, converted and junk leads stay out unless the query includes them.
    /// </summary>
    public static IQueryable<Lead> Matching(CrmDbContext db, ICurrentUser user, LeadListQuery query) => Matching(db, user, query, walkSortIndex: false);

    /// <summary>
    /// As <see cref="Matching(CrmDbContext, ICurrentUser, LeadListQuery)"/>; with <paramref name="walkSortIndex"/>
    /// the "every open status" test is written so that SQLite walks the sort index for a page instead
    /// of seeking the status index and sorting every open lead (counts want the seek: the status index
    /// covers them).
    /// </summary>
    public static IQueryable<Lead> Matching(CrmDbContext db, ICurrentUser user, LeadListQuery query, bool walkSortIndex) =>
        Criteria(db.Leads.VisibleTo(user), db, query, walkSortIndex);

    /// <summary>
    /// How many visible leads the query matches, summed over the parts of the visibility rule
    /// (<see cref="LeadVisibility.VisibleParts"/>): a sales rep holding access classes is counted by
    /// two index seeks instead of one scan of every lead for the rule's OR.
    /// </summary>
    public static async Task<int> CountAsync(CrmDbContext db, ICurrentUser user, LeadListQuery query, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var part in db.Leads.AsNoTracking().VisibleParts(user))
        {
            total += await Criteria(part, db, query, walkSortIndex: false).CountAsync(cancellationToken);
        }

        return total;
    }

    /// <summary>The matching visible leads per status, summed over the parts of the visibility rule as <see cref="CountAsync"/> does.</summary>
    public static async Task<Dictionary<int, int>> CountByStatusAsync(CrmDbContext db, ICurrentUser user, LeadListQuery query, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<int, int>();
        foreach (var part in db.Leads.AsNoTracking().VisibleParts(user))
        {
            var partCounts = await Criteria(part, db, query, walkSortIndex: false).GroupBy(l => l.StatusId)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var status in partCounts)
            {
                counts[status.Key] = counts.GetValueOrDefault(status.Key) + status.Count;
            }
        }

        return counts;
    }

    private static IQueryable<Lead> Criteria(IQueryable<Lead> leads, CrmDbContext db, LeadListQuery query, bool walkSortIndex)
    {
        if (query.StatusIds.Count > 0)
        {
            var statusIds = query.StatusIds.ToList();
            leads = leads.Where(l => statusIds.Contains(l.StatusId));
        }
        else if (!query.IncludeClosed)
        {
            // Converted and junk leads are done with: out of the way unless asked for. "Every open
            // status" matches most leads, so for a page the status index does not narrow it: "+ 0"
            // keeps SQLite (which has no statistics) from seeking that index and sorting every open
            // lead; it walks the sort index and stops after a page (100 ms → under 1 at 200 000).
            var open = db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Open).Select(s => s.Id);
            leads = walkSortIndex ? leads.Where(l => open.Contains(l.StatusId + 0)) : leads.Where(l => open.Contains(l.StatusId));
        }

        if (query.SourceId is { } sourceId)
        {
            leads = leads.Where(l => l.SourceId == sourceId);
        }

        if (!string.IsNullOrEmpty(query.ResponsibleUserId))
        {
            leads = leads.Where(l => l.ResponsibleUserId == query.ResponsibleUserId);
        }

        if (query.CreatedFrom is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            leads = leads.Where(l => l.CreatedAt >= start);
        }

        if (query.CreatedTo is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            leads = leads.Where(l => l.CreatedAt < end);
        }

        if (query.AmountFrom is { } min)
        {
            leads = leads.Where(l => l.EstimatedAmount >= min);
        }

        if (query.AmountTo is { } max)
        {
            leads = leads.Where(l => l.EstimatedAmount <= max);
        }

        foreach (var ids in CustomFieldFilter.MatchingIds(db, CustomFieldRecordType.Lead, query.Custom))
        {
            leads = leads.Where(l => ids.Contains(l.Id));
        }

        // The soft-delete filter restated as an equality, as the contact list does: EF renders the
        // query filter as NOT ("IsDeleted"), which cannot seek the indexes led by IsDeleted, so every
        // page, month count and group sorted or scanned the whole table. A parameter, or EF folds
        // "== false" back into NOT. Not with a search: that scans SearchText anyway.
        return string.IsNullOrWhiteSpace(query.Search) ? leads.Where(l => l.IsDeleted == EF.Parameter(false)) : leads.Matching(query.Search);
    }
}
