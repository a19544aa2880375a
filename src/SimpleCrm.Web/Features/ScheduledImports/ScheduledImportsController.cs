using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.ScheduledImports;

/// <summary>Admin › Scheduled imports: the schedules, their form, pause/resume, run now, delete, and each one's files.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("Admin/ScheduledImports")]
public sealed class ScheduledImportsController(
    ScheduledImportAdministration administration, ScheduledImportQueries queries, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ScheduledImportsViewModel(await queries.ListAsync(cancellationToken), TaskCalendar.At(clock)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Runs([FromRoute] int id, CancellationToken cancellationToken) =>
        await queries.RunsAsync(id, cancellationToken) is { } runs ? View(new ScheduledImportRunsViewModel(runs, TaskCalendar.At(clock))) : NotFound();

    [HttpGet("New")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await FormAsync(null, new ScheduledImportInput { InboxFolder = "inbox", ArchiveFolder = "archive", ErrorFolder = "errors" }, cancellationToken);

    [HttpPost("New")]
    public async Task<IActionResult> Create(ScheduledImportInput input, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["ScheduledImports.Created"]);
            return RedirectToAction(nameof(Runs), new { id = result.Value });
        }

        ModelState.AddFailures(result.Failures, localizer);
        return await FormAsync(null, input, cancellationToken);
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.GetAsync(id, cancellationToken);
        return result.Succeeded ? await FormAsync(id, result.Value!, cancellationToken) : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, ScheduledImportInput input, CancellationToken cancellationToken)
    {
        var result = await administration.UpdateAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["ScheduledImports.Saved"]);
            return RedirectToAction(nameof(Runs), new { id });
        }

        ModelState.AddFailures(result.Failures, localizer);
        return await FormAsync(id, input, cancellationToken);
    }

    [HttpPost("{id:int}/Pause")]
    public async Task<IActionResult> Pause([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.PauseAsync(id, cancellationToken), localizer, "ScheduledImports.Paused");

    [HttpPost("{id:int}/Resume")]
    public async Task<IActionResult> Resume([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.ResumeAsync(id, cancellationToken), localizer, "ScheduledImports.Resumed");

    [HttpPost("{id:int}/RunNow")]
    public async Task<IActionResult> RunNow([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.RunNowAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["ScheduledImports.RunQueued"]);
        return RedirectToAction(nameof(Runs), new { id });
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.DeleteAsync(id, cancellationToken), localizer, "ScheduledImports.Deleted");

    private async Task<IActionResult> FormAsync(int? id, ScheduledImportInput input, CancellationToken cancellationToken) =>
        await administration.FormOptionsAsync(id, cancellationToken) is { } options
            ? View("Form", new ScheduledImportFormViewModel(id, input, options))
            : NotFound();
}
