using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Notes;

/// <summary>The notes of a record, on the lead card's tab and on the contact profile: the card reads its own data.</summary>
public sealed class RecordNotesViewComponent(NoteQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RecordRef record)
    {
        var notes = await queries.OfRecordAsync(record, HttpContext.RequestAborted) ?? [];
        var here = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("/Features/Notes/_Notes.cshtml", new RecordNotesViewModel(record, notes, here));
    }
}
