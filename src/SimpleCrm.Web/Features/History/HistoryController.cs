using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.History;

/// <summary>
/// The timeline: /History across every record the user may see; a record's timeline as an htmx
/// fragment (the contact profile's card, the lead and deal cards' tab) or, without script, as a page.
/// </summary>
public sealed class HistoryController(TimelineQueries timeline, UserDirectory users) : Controller
{
    [HttpGet("History")]
    public async Task<IActionResult> Index(string? user, TimelineKind kind, DateOnly? from, DateOnly? to, int page, CancellationToken cancellationToken)
    {
        // A kind, day or page the binder could not read is shown as its default rather than refused.
        ModelState.Clear();
        var filter = new TimelineFilter(string.IsNullOrWhiteSpace(user) ? null : user, Enum.IsDefined(kind) ? kind : TimelineKind.All, from, to);
        var lines = await timeline.AcrossAsync(filter, page, cancellationToken);
        return View(new HistoryPageViewModel(lines, await users.ListActiveAsync(cancellationToken), filter.UserId, filter.Kind, from, to));
    }

    [HttpGet("Contacts/{id:int}/History")]
    public async Task<IActionResult> Contact(int id, TimelineKind kind, int page, CancellationToken cancellationToken)
    {
        var model = await RecordAsync(RecordRef.Contact(id), kind, page, inCard: true, cancellationToken);
        return model is null ? NotFound()
            : Request.Headers.ContainsKey("HX-Request") ? PartialView("_ContactTimelineCard", model)
            : View("ContactHistory", model);
    }

    [HttpGet("Leads/{id:int}/History")]
    public async Task<IActionResult> Lead(int id, TimelineKind kind, int page, CancellationToken cancellationToken)
    {
        var model = await RecordAsync(RecordRef.Lead(id), kind, page, inCard: false, cancellationToken);
        return model is null ? NotFound() : PartialView("_RecordTimeline", model);
    }

    [HttpGet("Deals/{id:int}/History")]
    public async Task<IActionResult> Deal(int id, TimelineKind kind, int page, CancellationToken cancellationToken)
    {
        var model = await RecordAsync(RecordRef.Deal(id), kind, page, inCard: false, cancellationToken);
        return model is null ? NotFound() : PartialView("_RecordTimeline", model);
    }

    private async Task<RecordTimelineViewModel?> RecordAsync(RecordRef record, TimelineKind kind, int page, bool inCard, CancellationToken cancellationToken)
    {
        var shown = Enum.IsDefined(kind) ? kind : TimelineKind.All;
        return await timeline.OfRecordAsync(record, shown, page, cancellationToken) is { } lines ? new RecordTimelineViewModel(record, lines, shown, inCard) : null;
    }
}
