using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.History;

/// <summary>
/// Where a timeline's filter and pager links go: a page that works without script (the lead card's
/// or deal card's tab, the contact's history page) and, for htmx, the fragment alone.
/// </summary>
public static class TimelineLinks
{
    public static string TimelinePage(this IUrlHelper url, RecordRef record, TimelineKind kind, int page) => record.HasTabs()
        ? url.Action("Details", RecordPages.ControllerOf(record.Type), new { id = record.Id, tab = LeadCardTabs.Timeline, kind = Kind(kind), page = Number(page) })!
        : url.Action("Contact", "History", new { id = record.Id, kind = Kind(kind), page = Number(page) })!;

    /// <summary>The History controller's fragment action of the record type ("Lead", "Deal", "Contact").</summary>
    public static string TimelineFragment(this IUrlHelper url, RecordRef record, TimelineKind kind, int page) =>
        url.Action(record.Type, "History", new { id = record.Id, kind = Kind(kind), page = Number(page) })!;

    /// <summary>/History with the filter and the page.</summary>
    public static string HistoryFeed(this IUrlHelper url, HistoryPageViewModel model, int page) =>
        url.Action("Index", "History", new { user = model.UserId, kind = Kind(model.Kind), from = model.From, to = model.To, page = Number(page) })!;

    private static string? Kind(TimelineKind kind) => kind == TimelineKind.All ? null : kind.ToString();

    private static int? Number(int page) => page > 1 ? page : null;
}
