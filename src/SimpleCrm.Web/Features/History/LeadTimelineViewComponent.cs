using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.History;

/// <summary>The timeline tab of the lead card: one page of the lead's history, newest first.</summary>
public sealed class LeadTimelineViewComponent(HistoryQueries history) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int leadId, int page)
    {
        var lines = await history.TimelineAsync(RecordRef.Lead(leadId), page, HttpContext.RequestAborted);
        return View("/Features/History/_LeadTimeline.cshtml", new LeadTimelineViewModel(leadId, lines ?? new([], 1, HistoryQueries.TimelinePageSize, 0)));
    }
}
