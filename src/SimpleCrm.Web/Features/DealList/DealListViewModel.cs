using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.DealBoard;

namespace SimpleCrm.Web.Features.DealList;

/// <summary>The list view of a pipeline: a page of its deals, the filters, sort and page it was asked with, and the links that change them.</summary>
public sealed record DealListViewModel(
    DealBoardPipeline Pipeline,
    IReadOnlyList<DealBoardPipeline> Pipelines,
    Page<DealListItem> Page,
    DealFilter Filter,
    DealListQuery Query,
    IReadOnlyList<UserOption> Users,
    DateTime Now)
{
    public DateOnly Today => DateOnly.FromDateTime(Now);

    public bool IsOverdue(DealListItem item) => DealHighlights.IsOverdue(item.IsOpen, item.CloseBy, Today);

    /// <summary>The filters and the list's own state; the page only when asked for.</summary>
    public Dictionary<string, string> RouteValues(DealSort sort, bool descending, int? page = null)
    {
        var values = DealFilterRoute.Values(Filter);
        values["id"] = Pipeline.Id.ToString(CultureInfo.InvariantCulture);
        values[nameof(DealListQuery.Sort)] = sort.ToString();
        values[nameof(DealListQuery.Descending)] = descending ? "true" : "false";
        if (Query.PageSize != DealListQuery.DefaultPageSize)
        {
            values[nameof(DealListQuery.PageSize)] = Query.PageSize.ToString(CultureInfo.InvariantCulture);
        }

        if (page is { } number)
        {
            values[nameof(DealListQuery.Page)] = number.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    /// <summary>A header's link: the other direction when it is the current sort, its natural one (text ascending, amounts and dates descending) when not.</summary>
    public Dictionary<string, string> SortLink(DealSort sort) =>
        RouteValues(sort, sort == Query.Sort ? !Query.Descending : sort is DealSort.Value or DealSort.LastActivity);

    public Dictionary<string, string> PageLink(int page) => RouteValues(Query.Sort, Query.Descending, page);

    public Dictionary<string, string> ExportLink(string format)
    {
        var values = RouteValues(Query.Sort, Query.Descending);
        values["format"] = format;
        return values;
    }

    /// <summary>What the filter form keeps besides the filters: the sort.</summary>
    public Dictionary<string, string> Kept() => new()
    {
        [nameof(DealListQuery.Sort)] = Query.Sort.ToString(),
        [nameof(DealListQuery.Descending)] = Query.Descending ? "true" : "false",
    };
}
