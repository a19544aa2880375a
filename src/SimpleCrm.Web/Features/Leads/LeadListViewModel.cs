using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Leads;

public sealed record LeadListViewModel(Page<LeadListItem> Page, LeadListQuery Query, LeadOptions Options, IReadOnlyList<UserOption> Users)
{
    /// <summary>Every group of the filter in order with its count; empty when the list is not grouped.</summary>
    public IReadOnlyList<LeadListGroup> Groups { get; init; } = [];

    /// <summary>Every column the picker offers, in order.</summary>
    public IReadOnlyList<LeadListColumn> AllColumns { get; init; } = LeadListColumns.BuiltIn;

    /// <summary>The columns the user shows, in order (the name always among them).</summary>
    public IReadOnlyList<LeadListColumn> Columns { get; init; } = LeadListColumns.BuiltIn;

    /// <summary>The values of the shown custom field columns on this page, by (lead id, field id).</summary>
    public IReadOnlyDictionary<(int RecordId, int FieldId), CustomFieldValueView> CustomValues { get; init; } =
        new Dictionary<(int RecordId, int FieldId), CustomFieldValueView>();

    /// <summary>The lead's value in a custom field column; null when it has none (or the column is built in).</summary>
    public CustomFieldValueView? CustomValueOf(LeadListItem lead, LeadListColumn column) =>
        column.CustomFieldId is { } fieldId ? CustomValues.GetValueOrDefault((lead.Id, fieldId)) : null;

    /// <summary>The custom field column the list is sorted by now, if any: the filters' sort choice names it.</summary>
    public LeadListColumn? CustomSortColumn => AllColumns.FirstOrDefault(c => c.CustomFieldId is not null && c.IsSortedBy(Query));

    /// <summary>The user's saved filters: the quick links above the list.</summary>
    public IReadOnlyList<SavedLeadFilterLink> SavedFilters { get; init; } = [];

    public bool Shows(string columnKey) => Columns.Any(c => c.Key == columnKey);

    /// <summary>The header a row sits under; null when the list is not grouped.</summary>
    public LeadListGroup? GroupOf(LeadListItem item) => Groups.FirstOrDefault(g => g.Holds(item));

    /// <summary>Whether the saved filter's query is the list's now (apart from the page): its quick link is the current one.</summary>
    public bool IsCurrent(SavedLeadFilterLink filter)
    {
        var current = RouteValues(Query with { Page = 1, PageSize = LeadListQuery.DefaultPageSize });
        var saved = RouteValues(filter.Query with { Page = 1, PageSize = LeadListQuery.DefaultPageSize });
        return current.Count == saved.Count && !current.Except(saved).Any();
    }

    /// <summary>The active lead fields the folded filters offer.</summary>
    public IReadOnlyList<CustomFieldDefinition> CustomFields { get; init; } = [];

    public CustomFieldFiltersModel CustomFieldFilters => new(CustomFields, Query.Custom);

    /// <summary>Query-string values of the list in a given state, so every link keeps the whole state.</summary>
    public static Dictionary<string, string> RouteValues(LeadListQuery query)
    {
        var values = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            values[nameof(query.Search)] = query.Search;
        }

        // Indexed keys ("StatusIds[0]") so a dictionary of single values can carry the whole list.
        for (var i = 0; i < query.StatusIds.Count; i++)
        {
            values[$"{nameof(query.StatusIds)}[{i.ToString(CultureInfo.InvariantCulture)}]"] = query.StatusIds[i].ToString(CultureInfo.InvariantCulture);
        }

        if (query.IncludeClosed)
        {
            values[nameof(query.IncludeClosed)] = "true";
        }

        if (query.SourceId is { } sourceId)
        {
            values[nameof(query.SourceId)] = sourceId.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(query.ResponsibleUserId))
        {
            values[nameof(query.ResponsibleUserId)] = query.ResponsibleUserId;
        }

        if (query.CreatedFrom is { } from)
        {
            values[nameof(query.CreatedFrom)] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (query.CreatedTo is { } to)
        {
            values[nameof(query.CreatedTo)] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (query.AmountFrom is { } min)
        {
            values[nameof(query.AmountFrom)] = min.ToString(CultureInfo.InvariantCulture);
        }

        if (query.AmountTo is { } max)
        {
            values[nameof(query.AmountTo)] = max.ToString(CultureInfo.InvariantCulture);
        }

        CustomFieldText.AddRouteValues(values, query.Custom);
        if (query.Sort != LeadSort.Created)
        {
            values[nameof(query.Sort)] = query.Sort.ToString();
        }

        if (query is { Sort: LeadSort.Custom, SortFieldId: { } sortFieldId })
        {
            values[nameof(query.SortFieldId)] = sortFieldId.ToString(CultureInfo.InvariantCulture);
        }

        if (query.Group != LeadGrouping.None)
        {
            values[nameof(query.Group)] = query.Group.ToString();
        }

        // Newest first is the default, so it is the ascending order that the URL has to say.
        if (!query.Descending)
        {
            values[nameof(query.Descending)] = "false";
        }

        if (query.Page > 1)
        {
            values[nameof(query.Page)] = query.Page.ToString(CultureInfo.InvariantCulture);
        }

        if (query.PageSize != LeadListQuery.DefaultPageSize)
        {
            values[nameof(query.PageSize)] = query.PageSize.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    public Dictionary<string, string> PageLink(int page) => RouteValues(Query with { Page = page });

    /// <summary>Clicking a column header sorts by it; clicking the sorted column again flips the direction.</summary>
    public Dictionary<string, string> SortLink(LeadListColumn column) =>
        RouteValues(Query with { Sort = column.Sort!.Value, SortFieldId = column.CustomFieldId, Descending = column.IsSortedBy(Query) && !Query.Descending, Page = 1 });

    /// <summary>The list as it is now: where a status change from a row comes back to.</summary>
    public Dictionary<string, string> Here => RouteValues(Query);

    /// <summary>Some criterion narrows the list, so an empty page means "no matches" rather than "no leads yet".</summary>
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query.Search) || Query.StatusIds.Count > 0 || Query.IncludeClosed || Query.SourceId is not null
        || !string.IsNullOrEmpty(Query.ResponsibleUserId) || Query.CreatedFrom is not null || Query.CreatedTo is not null
        || Query.AmountFrom is not null || Query.AmountTo is not null || CustomFieldFilter.Effective(Query.Custom).Count > 0;

    /// <summary>Anything beyond the search box is set, so the folded filters open on a phone.</summary>
    public bool HasNarrowingFilter => (IsFiltered && string.IsNullOrWhiteSpace(Query.Search)) || Query.Sort != LeadSort.Created || !Query.Descending || Query.Group != LeadGrouping.None
        || Query.StatusIds.Count > 0 || Query.IncludeClosed || Query.SourceId is not null || !string.IsNullOrEmpty(Query.ResponsibleUserId)
        || Query.CreatedFrom is not null || Query.CreatedTo is not null || Query.AmountFrom is not null || Query.AmountTo is not null
        || CustomFieldFilter.Effective(Query.Custom).Count > 0;

    public LeadStatusOption? StatusOf(int statusId) => Options.Statuses.FirstOrDefault(s => s.Id == statusId);
}
