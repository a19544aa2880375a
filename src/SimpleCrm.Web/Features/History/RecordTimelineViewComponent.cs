using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.History;

/// <summary>The timeline tab of the lead and deal cards: one page of the record's history and activities, newest first, by kind (?kind=).</summary>
public sealed class RecordTimelineViewComponent(TimelineQueries timeline) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RecordRef record, int page)
    {
        var kind = Enum.TryParse<TimelineKind>(HttpContext.Request.Query["kind"], out var asked) && Enum.IsDefined(asked) ? asked : TimelineKind.All;
        var lines = await timeline.OfRecordAsync(record, kind, page, HttpContext.RequestAborted);
        return View("/Features/History/_RecordTimeline.cshtml", new RecordTimelineViewModel(record, lines ?? new([], 1, TimelineQueries.PageSize, 0), kind, InCard: false));
    }
}
