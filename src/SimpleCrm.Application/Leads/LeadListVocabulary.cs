using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// The statuses (in board order) and sources that exist now: what a list query may name. A link or a
/// saved filter that names a status or source deleted since is read without it instead of failing.
/// </summary>
public sealed record LeadListVocabulary(IReadOnlyList<LeadListVocabulary.StatusEntry> Statuses, IReadOnlySet<int> SourceIds)
{
    public static async Task<LeadListVocabulary> LoadAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var statuses = await db.LeadStatuses.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new StatusEntry(s.Id, s.Meaning)).ToListAsync(cancellationToken);
        var sources = await db.LeadSources.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
        return new LeadListVocabulary(statuses, sources.ToHashSet());
    }

    /// <summary>The query without the statuses and source that no longer exist (and without repeats).</summary>
    public LeadListQuery Clean(LeadListQuery query) => query with
    {
        StatusIds = [.. query.StatusIds.Distinct().Where(id => Statuses.Any(s => s.Id == id))],
        SourceId = query.SourceId is { } sourceId && SourceIds.Contains(sourceId) ? sourceId : null,
        Group = Enum.IsDefined(query.Group) ? query.Group : LeadGrouping.None,
        Sort = Enum.IsDefined(query.Sort) ? query.Sort : LeadSort.Created,
    };

    public sealed record StatusEntry(int Id, LeadStatusMeaning Meaning);
}
