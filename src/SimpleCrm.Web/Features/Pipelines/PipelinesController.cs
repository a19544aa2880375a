using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.LeadStatuses;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Pipelines;

/// <summary>Admin > Pipelines: the list, create, rename, archive and restore, and the stage editor on each pipeline's page.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("Admin/Pipelines")]
public sealed class PipelinesController(PipelineAdministration pipelines, StageAdministration stages, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await pipelines.ListAsync(cancellationToken));

    [HttpGet("New")]
    public IActionResult Create() => View("Form", new PipelineFormViewModel(null, new NameInput()));

    [HttpPost("New")]
    public async Task<IActionResult> Create(NameInput input, CancellationToken cancellationToken)
    {
        var result = await pipelines.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["Pipelines.Created"]);
            return RedirectToAction(nameof(Show), new { id = result.Value });
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new PipelineFormViewModel(null, input));
    }

    /// <summary>The pipeline's page: its stages in order, with the editor's actions.</summary>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await pipelines.GetAsync(id, cancellationToken);
        return result.Succeeded ? View(result.Value) : NotFound();
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await pipelines.GetAsync(id, cancellationToken);
        return result.Succeeded
            ? View("Form", new PipelineFormViewModel(id, new NameInput { Name = result.Value!.Name }, result.Value.ResourceKey))
            : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, NameInput input, CancellationToken cancellationToken)
    {
        var result = await pipelines.RenameAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Pipelines.Saved"]);
            return RedirectToAction(nameof(Show), new { id });
        }

        ModelState.AddFailures(result.Failures, localizer);
        var page = await pipelines.GetAsync(id, cancellationToken);
        return View("Form", new PipelineFormViewModel(id, input, page.Value?.ResourceKey));
    }

    [HttpPost("{id:int}/Archive")]
    public async Task<IActionResult> Archive([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await pipelines.SetArchivedAsync(id, archived: true, cancellationToken), localizer, "Pipelines.Archived");

    [HttpPost("{id:int}/Restore")]
    public async Task<IActionResult> Restore([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await pipelines.SetArchivedAsync(id, archived: false, cancellationToken), localizer, "Pipelines.Restored");

    [HttpGet("{id:int}/Stages/New")]
    public async Task<IActionResult> AddStage([FromRoute] int id, CancellationToken cancellationToken)
    {
        var page = await pipelines.GetAsync(id, cancellationToken);
        return page.Succeeded ? View("StageForm", new StageFormViewModel(id, NameOf(page.Value!), null, new StageInput())) : NotFound();
    }

    [HttpPost("{id:int}/Stages/New")]
    public async Task<IActionResult> AddStage([FromRoute] int id, StageInput input, CancellationToken cancellationToken)
    {
        var result = await stages.AddAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Stages.Created"]);
            return RedirectToAction(nameof(Show), new { id });
        }

        ModelState.AddFailures(result.Failures, localizer);
        var page = await pipelines.GetAsync(id, cancellationToken);
        return View("StageForm", new StageFormViewModel(id, NameOf(page.Value!), null, input));
    }

    [HttpGet("Stages/{stageId:int}/Edit")]
    public async Task<IActionResult> EditStage([FromRoute] int stageId, CancellationToken cancellationToken)
    {
        var stage = await stages.GetAsync(stageId, cancellationToken);
        return stage.Succeeded ? await StageFormAsync(stageId, stage.Value!, stage.Value!.Input, cancellationToken) : NotFound();
    }

    [HttpPost("Stages/{stageId:int}/Edit")]
    public async Task<IActionResult> EditStage([FromRoute] int stageId, StageInput input, CancellationToken cancellationToken)
    {
        var stage = await stages.GetAsync(stageId, cancellationToken);
        if (!stage.Succeeded)
        {
            return NotFound();
        }

        var result = await stages.UpdateAsync(stageId, input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["Stages.Saved"]);
            return RedirectToAction(nameof(Show), new { id = stage.Value!.PipelineId });
        }

        ModelState.AddFailures(result.Failures, localizer);
        return await StageFormAsync(stageId, stage.Value!, input, cancellationToken);
    }

    [HttpPost("Stages/{stageId:int}/Up")]
    public Task<IActionResult> MoveStageUp([FromRoute] int stageId, CancellationToken cancellationToken) =>
        OnStageAsync(stageId, () => stages.MoveAsync(stageId, -1, cancellationToken), "Stages.OrderSaved", cancellationToken);

    [HttpPost("Stages/{stageId:int}/Down")]
    public Task<IActionResult> MoveStageDown([FromRoute] int stageId, CancellationToken cancellationToken) =>
        OnStageAsync(stageId, () => stages.MoveAsync(stageId, 1, cancellationToken), "Stages.OrderSaved", cancellationToken);

    /// <summary>The drag-and-drop save (reorder.js): the full order of the pipeline's stage ids. 204 when saved; 409 with the reason flashed for the reload.</summary>
    [HttpPost("{id:int}/Stages/Order")]
    public async Task<IActionResult> OrderStages([FromRoute] int id, [FromForm] int[] ids, CancellationToken cancellationToken) =>
        this.ReorderOutcome(await stages.ReorderAsync(id, ids, cancellationToken), localizer);

    /// <summary>Asks before deleting: an empty stage only needs a yes, one holding deals needs the stage they move to.</summary>
    [HttpGet("Stages/{stageId:int}/Delete")]
    public async Task<IActionResult> DeleteStage([FromRoute] int stageId, CancellationToken cancellationToken)
    {
        var deletion = await stages.DeletionAsync(stageId, cancellationToken);
        if (!deletion.Succeeded)
        {
            return NotFound();
        }

        var page = await pipelines.GetAsync(deletion.Value!.PipelineId, cancellationToken);
        return View("DeleteStage", new StageDeleteViewModel(stageId, NameOf(page.Value!), deletion.Value));
    }

    [HttpPost("Stages/{stageId:int}/Delete")]
    public async Task<IActionResult> DeleteStage([FromRoute] int stageId, [FromForm] int? targetStageId, CancellationToken cancellationToken)
    {
        var deletion = await stages.DeletionAsync(stageId, cancellationToken);
        if (!deletion.Succeeded)
        {
            return NotFound();
        }

        var result = await stages.DeleteAsync(stageId, targetStageId, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(result.Value == 0 ? localizer["Stages.Deleted"] : localizer["Stages.DeletedMoved", result.Value]);
            return RedirectToAction(nameof(Show), new { id = deletion.Value!.PipelineId });
        }

        if (result.Failures.Any(f => f.MessageKey == PipelineMessages.MoveTargetRequired))
        {
            ModelState.AddFailures(result.Failures, localizer);
            var page = await pipelines.GetAsync(deletion.Value!.PipelineId, cancellationToken);
            return View("DeleteStage", new StageDeleteViewModel(stageId, NameOf(page.Value!), deletion.Value));
        }

        return FlashAndShow(deletion.Value!.PipelineId, result.Failures);
    }

    private string NameOf(PipelinePage page) => localizer.LeadConfigurationName(page.Name, page.ResourceKey);

    private async Task<IActionResult> StageFormAsync(int stageId, StageForEdit stage, StageInput input, CancellationToken cancellationToken)
    {
        var page = await pipelines.GetAsync(stage.PipelineId, cancellationToken);
        return View("StageForm", new StageFormViewModel(stage.PipelineId, NameOf(page.Value!), stageId, input, stage.ResourceKey));
    }

    /// <summary>Runs a row action of a stage and goes back to its pipeline's page with what happened.</summary>
    private async Task<IActionResult> OnStageAsync(int stageId, Func<Task<Result>> action, string successKey, CancellationToken cancellationToken)
    {
        var stage = await stages.GetAsync(stageId, cancellationToken);
        if (!stage.Succeeded)
        {
            return NotFound();
        }

        var result = await action();
        if (result.Succeeded)
        {
            TempData.Flash(localizer[successKey]);
            return RedirectToAction(nameof(Show), new { id = stage.Value!.PipelineId });
        }

        return FlashAndShow(stage.Value!.PipelineId, result.Failures);
    }

    private RedirectToActionResult FlashAndShow(int pipelineId, IEnumerable<Failure> failures)
    {
        TempData.Flash(string.Join(" ", failures.Select(f => localizer[f.MessageKey].Value)));
        return RedirectToAction(nameof(Show), new { id = pipelineId });
    }
}
