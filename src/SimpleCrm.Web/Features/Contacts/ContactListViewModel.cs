using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Contacts;

public sealed record ContactListViewModel(Page<ContactListItem> Page, ContactListQuery Query, IReadOnlyList<UserOption> Users)
{
    /// <summary>The list, segment or basket the page shows, with its header; none for all contacts.</summary>
    public ContactListScope? Scope { get; init; }

    /// <summary>The contacts of this page that are in the user's selection basket.</summary>
    public IReadOnlySet<int> SelectedIds { get; init; } = new HashSet<int>();

    /// <summary>How many contacts the user's basket holds.</summary>
    public int SelectionCount { get; init; }

    /// <summary>The active contact fields the folded filters offer.</summary>
    public IReadOnlyList<CustomFieldDefinition> CustomFields { get; init; } = [];

    public CustomFieldFiltersModel CustomFieldFilters => new(CustomFields, Query.Custom);

    /// <summary>Every list, for the list filter.</summary>
    public IReadOnlyList<ListOption> ListOptions { get; init; } = [];

    /// <summary>Query-string values of the list in a given state, so every link keeps the whole state.</summary>
    public static Dictionary<string, string> RouteValues(ContactListQuery query)
    {
        var values = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            values[nameof(query.Search)] = query.Search;
        }

        if (!string.IsNullOrEmpty(query.ResponsibleUserId))
        {
            values[nameof(query.ResponsibleUserId)] = query.ResponsibleUserId;
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            values[nameof(query.Tag)] = query.Tag;
        }

        if (query.AllTags)
        {
            values[nameof(query.AllTags)] = "true";
        }

        // Indexed keys ("ListIds[0]") so a dictionary of single values can carry the whole list.
        for (var i = 0; i < query.ListIds.Count; i++)
        {
            values[$"{nameof(query.ListIds)}[{i.ToString(CultureInfo.InvariantCulture)}]"] = query.ListIds[i].ToString(CultureInfo.InvariantCulture);
        }

        if (query.CreatedFrom is { } from)
        {
            values[nameof(query.CreatedFrom)] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (query.CreatedTo is { } to)
        {
            values[nameof(query.CreatedTo)] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (query.SegmentId is { } segmentId)
        {
            values[nameof(query.SegmentId)] = segmentId.ToString(CultureInfo.InvariantCulture);
        }

        if (query.Selected)
        {
            values[nameof(query.Selected)] = "true";
        }

        if (query.Kind is { } kind)
        {
            values[nameof(query.Kind)] = kind.ToString();
        }

        if (query.Sort != ContactSort.Name)
        {
            values[nameof(query.Sort)] = query.Sort.ToString();
        }

        if (query.Descending)
        {
            values[nameof(query.Descending)] = "true";
        }

        if (query.Page > 1)
        {
            values[nameof(query.Page)] = query.Page.ToString(CultureInfo.InvariantCulture);
        }

        CustomFieldText.AddRouteValues(values, query.Custom);
        if (query.PageSize != ContactListQuery.DefaultPageSize)
        {
            values[nameof(query.PageSize)] = query.PageSize.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    /// <summary>The list as it is, without the tag filter: the chip's remove link.</summary>
    public Dictionary<string, string> WithoutTagLink => RouteValues(Query with { Tag = null, Page = 1 });

    /// <summary>The list's whole filter, for a bulk action on everything it matches.</summary>
    public Dictionary<string, string> BulkLink => RouteValues(Query with { Page = 1, PageSize = ContactListQuery.DefaultPageSize, Sort = ContactSort.Name, Descending = false });

    /// <summary>The ids of the page's rows, for its "select the page" box.</summary>
    public string PageIdsJson => System.Text.Json.JsonSerializer.Serialize(new { ids = Page.Items.Select(i => i.Id) });

    public Dictionary<string, string> PageLink(int page) => RouteValues(Query with { Page = page });

    /// <summary>Clicking a column header sorts by it; clicking the sorted column again flips the direction.</summary>
    public Dictionary<string, string> SortLink(ContactSort sort) =>
        RouteValues(Query with { Sort = sort, Descending = Query.Sort == sort && !Query.Descending, Page = 1 });

    /// <summary>Anything beyond the search box is set, so the folded filters open on a phone.</summary>
    public bool HasNarrowingFilter => Query.Kind is not null || !string.IsNullOrEmpty(Query.ResponsibleUserId) || Query.Sort != ContactSort.Name || Query.Descending
        || !string.IsNullOrWhiteSpace(Query.Tag) || Query.ListIds.Count > 0 || Query.CreatedFrom is not null || Query.CreatedTo is not null
        || CustomFieldFilter.Effective(Query.Custom).Count > 0;

    /// <summary>The list as its scope shows it with no filter of its own: "Clear filter" stays on the list, segment or basket.</summary>
    public Dictionary<string, string> ClearFilterLink => RouteValues(ScopeOnly);

    /// <summary>Some criterion narrows beyond the scope, so "Clear filter" has something to clear.</summary>
    public bool IsFilteredBeyondScope => !string.IsNullOrWhiteSpace(Query.Search) || Query.Kind is not null || !string.IsNullOrEmpty(Query.ResponsibleUserId)
        || !string.IsNullOrWhiteSpace(Query.Tag) || Query.CreatedFrom is not null || Query.CreatedTo is not null
        || CustomFieldFilter.Effective(Query.Custom).Count > 0
        || !Query.ListIds.Distinct().Order().SequenceEqual(ScopeOnly.ListIds);

    /// <summary>The criteria of the list as query values for the new-segment form; none on a segment's own page, whose criteria would be lost.</summary>
    public Dictionary<string, string>? SaveAsSegmentLink => Query.SegmentId is null && !Query.IsEmpty
        ? RouteValues(new ContactListQuery
        {
            Search = Query.Search,
            Kind = Query.Kind,
            ResponsibleUserId = Query.ResponsibleUserId,
            Tag = Query.Tag,
            AllTags = Query.AllTags,
            ListIds = Query.ListIds,
            CreatedFrom = Query.CreatedFrom,
            CreatedTo = Query.CreatedTo,
            Custom = Query.Custom,
        })
        : null;

    private ContactListQuery ScopeOnly => new()
    {
        ListIds = Scope is { Kind: ContactListScopeKind.List, Id: { } listId } ? [listId] : [],
        SegmentId = Query.SegmentId,
        Selected = Query.Selected,
        PageSize = Query.PageSize,
    };

    public bool IsFiltered => !Query.IsEmpty;
}
