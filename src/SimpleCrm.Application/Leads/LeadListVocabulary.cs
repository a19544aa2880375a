using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// The statuses (in board order), sources and sortable custom fields that exist now: what a list query
/// may name. A link or a saved filter that names a status, source or field deleted or archived since
/// is read without it instead of failing.
/// </summary>
public sealed record LeadListVocabulary(
    IReadOnlyList<LeadListVocabulary.StatusEntry> Statuses, IReadOnlySet<int> SourceIds, IReadOnlyDictionary<int, CustomFieldType> SortFields)
{
    public static async Task<LeadListVocabulary> LoadAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var statuses = await db.LeadStatuses.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new StatusEntry(s.Id, s.Meaning)).ToListAsync(cancellationToken);
        var sources = await db.LeadSources.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
        var fields = await db.CustomFields.AsNoTracking().Where(f => f.RecordType == CustomFieldRecordType.Lead && !f.IsArchived)
            .Select(f => new { f.Id, f.Type }).ToListAsync(cancellationToken);
        return new LeadListVocabulary(statuses, sources.ToHashSet(), fields.Where(f => CustomFieldSort.CanSort(f.Type)).ToDictionary(f => f.Id, f => f.Type));
    }

    /// <summary>
    /// The query without the statuses and source that no longer exist (and without repeats); a sort by
    /// a custom field that is gone, archived or not sortable falls back to the default sort.
    /// </summary>
    public LeadListQuery Clean(LeadListQuery query)
    {
        var sort = Enum.IsDefined(query.Sort) ? query.Sort : LeadSort.Created;
        var sortField = sort == LeadSort.Custom && query.SortFieldId is { } fieldId && SortFields.ContainsKey(fieldId) ? query.SortFieldId : null;
        var fallBack = sort == LeadSort.Custom && sortField is null;
        return query with
        {
            StatusIds = [.. query.StatusIds.Distinct().Where(id => Statuses.Any(s => s.Id == id))],
            SourceId = query.SourceId is { } sourceId && SourceIds.Contains(sourceId) ? sourceId : null,
            Group = Enum.IsDefined(query.Group) ? query.Group : LeadGrouping.None,
            Sort = fallBack ? LeadSort.Created : sort,
            SortFieldId = sortField,
            Descending = fallBack || query.Descending,
        };
    }

    public sealed record StatusEntry(int Id, LeadStatusMeaning Meaning);
}
