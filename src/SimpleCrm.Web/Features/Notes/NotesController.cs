using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Records;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Notes;

/// <summary>
/// Notes on leads and contacts. The add form sits on the record's page; a refused add or an edit
/// gets a page of its own, with the text kept and the message beside it.
/// </summary>
[Route("Notes")]
public sealed class NotesController(NoteQueries queries, NoteCommands commands, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpPost("{recordType}/{recordId:int}")]
    public async Task<IActionResult> Add([FromRoute] string recordType, [FromRoute] int recordId, string? text, string? returnUrl, CancellationToken cancellationToken)
    {
        if (RecordRef.From(recordType, recordId) is not { } record)
        {
            return NotFound();
        }

        var result = await commands.AddAsync(record, text, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Notes.Added"]);
            return this.BackTo(returnUrl, record, LeadCardTabs.Notes);
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new NoteFormViewModel(record, null, text, returnUrl));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, string? returnUrl, CancellationToken cancellationToken) =>
        await queries.GetForEditAsync(id, cancellationToken) is { } note
            ? View("Form", new NoteFormViewModel(note.Record, note.Id, note.Text, returnUrl))
            : NotFound();

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, string? text, string? returnUrl, CancellationToken cancellationToken)
    {
        if (await queries.GetForEditAsync(id, cancellationToken) is not { } note)
        {
            return NotFound();
        }

        var result = await commands.UpdateAsync(id, text, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Notes.Saved"]);
            return this.BackTo(returnUrl, note.Record, LeadCardTabs.Notes);
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new NoteFormViewModel(note.Record, id, text, returnUrl));
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await commands.DeleteAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer[result.Succeeded ? "Notes.Deleted" : result.Failures[0].MessageKey]);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : this.BackTo(null, result.Value, LeadCardTabs.Notes);
    }
}
