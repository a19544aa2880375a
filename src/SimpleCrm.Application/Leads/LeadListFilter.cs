using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>The list's criteria as a query over visible leads: shared by the list, its groups and the mass actions on "all matching".</summary>
public static class LeadListFilter
{
    /// <summary>
    /// The visible leads <paramref name="query"/> matches (already cleaned by <paramref name="vocabulary"/>).
    /// With no status chosen, converted and junk leads stay out unless the query includes them.
    /// </summary>
    public static IQueryable<Lead> Matching(CrmDbContext db, ICurrentUser user, LeadListQuery query, LeadListVocabulary vocabulary)
    {
        var leads = db.Leads.VisibleTo(user);
        if (query.StatusIds.Count > 0)
        {
            var statusIds = query.StatusIds.ToList();
            leads = leads.Where(l => statusIds.Contains(l.StatusId));
        }
        else if (!query.IncludeClosed)
        {
            // Converted and junk leads are done with: out of the way unless asked for.
            var open = vocabulary.OpenStatusIds.ToList();
            leads = leads.Where(l => open.Contains(l.StatusId));
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

        return leads.Matching(query.Search);
    }
}
