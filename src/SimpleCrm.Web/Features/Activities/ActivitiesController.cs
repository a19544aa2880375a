using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Records;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Activities;

/// <summary>
/// Calls, meetings and visits logged on leads and contacts. The log form sits on the record's
/// timeline; a refused log or an edit gets a page of its own, with what was typed kept and the
/// messages beside the fields. A "note" picked in the form is handed to the notes feature.
/// </summary>
[Route("Activities")]
public sealed class ActivitiesController(
    ActivityQueries queries, ActivityCommands commands, NoteCommands notes, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpPost("{recordType}/{recordId:int}")]
    public async Task<IActionResult> Log([FromRoute] string recordType, [FromRoute] int recordId, ActivityForm form, string? returnUrl, CancellationToken cancellationToken)
    {
        if (RecordRef.From(recordType, recordId) is not { } record)
        {
            return NotFound();
        }

        // An unreadable field is shown on the form only to those who see the record; anyone else gets
        // the command's answer, a 404, exactly as for a record that does not exist.
        var (input, unreadable) = form.ToInput();
        var result = form.IsNote
            ? Outcome(await notes.AddAsync(record, form.Text, cancellationToken))
            : unreadable.Count > 0 && await queries.IsVisibleAsync(record, cancellationToken) ? Result.Fail([.. unreadable])
            : Outcome(await commands.LogAsync(record, input, cancellationToken));
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer[form.IsNote ? "Notes.Added" : "Activities.Logged"]);
            return this.BackTo(returnUrl, record, LeadCardTabs.Timeline);
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new ActivityFormViewModel(record, null, form, returnUrl));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, string? returnUrl, CancellationToken cancellationToken) =>
        await queries.GetForEditAsync(id, cancellationToken) is { } activity
            ? View("Form", new ActivityFormViewModel(activity.Record, activity.Id, ActivityForm.From(activity.Input), returnUrl))
            : NotFound();

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, ActivityForm form, string? returnUrl, CancellationToken cancellationToken)
    {
        if (await queries.GetForEditAsync(id, cancellationToken) is not { } activity)
        {
            return NotFound();
        }

        var (input, unreadable) = form.ToInput();
        var result = unreadable.Count > 0 ? Result.Fail([.. unreadable]) : await commands.UpdateAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Activities.Saved"]);
            return this.BackTo(returnUrl, activity.Record, LeadCardTabs.Timeline);
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new ActivityFormViewModel(activity.Record, id, form, returnUrl));
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await commands.DeleteAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer[result.Succeeded ? "Activities.Deleted" : result.Failures[0].MessageKey]);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : this.BackTo(null, result.Value, LeadCardTabs.Timeline);
    }

    private static Result Outcome<T>(Result<T> result) => result.Succeeded ? Result.Success : Result.Fail([.. result.Failures]);
}
