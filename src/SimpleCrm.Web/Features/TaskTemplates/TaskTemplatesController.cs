using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.TaskTemplates;

[Authorize(Roles = Roles.Admin)]
[Route("Admin/TaskTemplates")]
public sealed class TaskTemplatesController(TaskTemplateAdministration administration, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await administration.ListAsync(cancellationToken));

    [HttpGet("New")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await FormAsync(null, new TaskTemplateInput(), cancellationToken);

    [HttpPost("New")]
    public async Task<IActionResult> Create(TaskTemplateInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await FormAsync(null, input, cancellationToken);
        }

        var result = await administration.CreateAsync(input, cancellationToken);
        return result.Succeeded ? Saved("TaskTemplates.Created") : await FailedAsync(null, input, result.Failures, cancellationToken);
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.GetAsync(id, cancellationToken);
        return result.Succeeded ? await FormAsync(id, result.Value!, cancellationToken) : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, TaskTemplateInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return (await administration.GetAsync(id, cancellationToken)).IsNotFound ? NotFound() : await FormAsync(id, input, cancellationToken);
        }

        var result = await administration.UpdateAsync(id, input, cancellationToken);
        return result.IsNotFound ? NotFound()
            : result.Succeeded ? Saved("TaskTemplates.Saved")
            : await FailedAsync(id, input, result.Failures, cancellationToken);
    }

    /// <summary>Deletes a template that never fired; archives one that did (the flash says which).</summary>
    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.DeleteAsync(id, cancellationToken);
        return result.IsNotFound ? NotFound() : Saved(result.Value ? "TaskTemplates.Archived" : "TaskTemplates.Deleted");
    }

    [HttpPost("{id:int}/Restore")]
    public async Task<IActionResult> Restore([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.RestoreAsync(id, cancellationToken), localizer, "TaskTemplates.Restored");

    private RedirectToActionResult Saved(string messageKey)
    {
        TempData.Flash(localizer[messageKey]);
        return RedirectToAction(nameof(Index));
    }

    private Task<IActionResult> FailedAsync(int? id, TaskTemplateInput input, IEnumerable<Failure> failures, CancellationToken cancellationToken)
    {
        ModelState.AddFailures(failures, localizer);
        return FormAsync(id, input, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(int? id, TaskTemplateInput input, CancellationToken cancellationToken) =>
        View("Form", new TaskTemplateFormViewModel(id, input, await administration.FormAsync(input.AssigneeId, cancellationToken)));
}
