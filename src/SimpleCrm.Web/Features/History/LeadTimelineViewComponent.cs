using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.History;

/// <summary>The timeline tab of the lead card: one page of the lead's history and activities, newest first, by kind (?kind=).</summary>
public sealed class LeadTimelineViewComponent(TimelineQueries timeline) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int leadId, int page)
    {
        var record = RecordRef.Lead(leadId);
        var kind = Enum.TryParse<TimelineKind>(HttpContext.Request.Query["kind"], out var asked) && Enum.IsDefined(asked) ? asked : TimelineKind.All;
        var lines = await timeline.OfRecordAsync(record, kind, page, HttpContext.RequestAborted);
        return View("/Features/History/_RecordTimeline.cshtml", new RecordTimelineViewModel(record, lines ?? new([], 1, TimelineQueries.PageSize, 0), kind, InCard: false));
    }
}
