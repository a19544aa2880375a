using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>
/// Reminders: the user's page (rung and pending), the form on a lead, contact or task, cancelling a
/// pending one, and opening a rung one, which marks it read on the way to what it is about.
/// </summary>
[Route("Reminders")]
public sealed class RemindersController(
    ReminderQueries queries, ReminderCommands commands, UserDirectory users, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.MineAsync(cancellationToken));

    [HttpGet("New")]
    public async Task<IActionResult> New(string? recordType, int recordId, string? returnUrl, CancellationToken cancellationToken)
    {
        if (ReminderTargets.From(recordType, recordId) is not { } target || !await queries.CanSetOnAsync(target, cancellationToken))
        {
            return NotFound();
        }

        var form = ReminderForm.Starting(TaskCalendar.At(clock).ToLocal(clock.GetUtcNow().UtcDateTime));
        return View("Form", await FormAsync(target, form, returnUrl, cancellationToken));
    }

    /// <summary>The card's form and the full one post here alike; a refused reminder re-renders the full form with its messages.</summary>
    [HttpPost("New")]
    public async Task<IActionResult> New(string? recordType, int recordId, ReminderForm form, string? returnUrl, CancellationToken cancellationToken)
    {
        if (ReminderTargets.From(recordType, recordId) is not { } target)
        {
            return NotFound();
        }

        var (input, failures) = form.ToInput();
        if (failures.Count == 0)
        {
            var result = await commands.CreateAsync(target, input, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Reminders.Created"]);
                return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect(Url.PageOf(target));
            }

            failures = [.. result.Failures];
        }

        ModelState.AddFailures(failures, localizer);
        return View("Form", await FormAsync(target, form, returnUrl, cancellationToken));
    }

    [HttpPost("{id:int}/Cancel")]
    public async Task<IActionResult> Cancel([FromRoute] int id, string? returnUrl, CancellationToken cancellationToken)
    {
        if ((await commands.CancelAsync(id, cancellationToken)).IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Reminders.Cancelled"]);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
    }

    /// <summary>Marks the reminder read and goes to what it is about.</summary>
    [HttpPost("{id:int}/Open")]
    public async Task<IActionResult> Open([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.OpenAsync(id, cancellationToken);
        return result.Succeeded ? Redirect(Url.PageOf(result.Value)) : NotFound();
    }

    [HttpPost("ReadAll")]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        await commands.ReadAllAsync(cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    private async Task<ReminderFormViewModel> FormAsync(RecordRef target, ReminderForm form, string? returnUrl, CancellationToken cancellationToken) =>
        new(target, form, queries.MayRemindOthers ? await users.ListActiveAsync(cancellationToken) : [], returnUrl);
}
