using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Files;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Deals;

/// <summary>The deal card, its new and edit forms, its stage bar and its deletion. Every deal read and written through the deal visibility rule (404 otherwise).</summary>
[Authorize]
[Route("Deals")]
public sealed class DealsController(
    DealQueries queries,
    DealCommands commands,
    UserDirectory users,
    IStringLocalizer<SharedResource> localizer,
    CustomFieldEditor customFields,
    CustomFieldReader customValues,
    IOptions<FileStorageOptions> fileOptions) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, string? tab, int page, int? lostStageId, CancellationToken cancellationToken)
    {
        var deal = await queries.GetCardAsync(id, cancellationToken);
        if (deal is null)
        {
            return NotFound();
        }

        var options = await queries.FormOptionsAsync(deal.PipelineId, null, cancellationToken);
        var asked = options.Stages.Any(s => s.Id == lostStageId && s.Kind == Application.Pipelines.StageKind.Lost) ? lostStageId : null;
        return View(new DealCardViewModel(deal, options.Stages, options.LostReasons, DealCardTabs.Open(tab), Math.Max(1, page), asked)
        {
            CustomFields = await customValues.ForRecordAsync(CustomFieldRecordType.Deal, id, cancellationToken),
        });
    }

    /// <summary>The new-deal form for a contact. The pipeline is the form's first step (a GET), so its stages are the pipeline's without script.</summary>
    [HttpGet("New")]
    public async Task<IActionResult> Create(int contactId, int? pipelineId, CancellationToken cancellationToken)
    {
        var form = await NewFormAsync(new DealInput(), contactId, pipelineId, cancellationToken);
        return form is null ? NotFound() : View("Form", form);
    }

    [HttpPost("New")]
    public async Task<IActionResult> Create([FromQuery] int contactId, [FromQuery] int pipelineId, DealInput input, CancellationToken cancellationToken)
    {
        CustomFieldInputsModel.AttachUploads(Request, input.CustomFields);
        if (ModelState.IsValid)
        {
            var result = await commands.CreateAsync(contactId, pipelineId, input, cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Deals.Created"]);
                return await CardOrContactAsync(result.Value, contactId, cancellationToken);
            }

            ModelState.AddFailures(result.Failures, FailureMessage, nameof(DealFormViewModel.Input));
        }

        var form = await NewFormAsync(input, contactId, pipelineId, cancellationToken);
        return form is null ? NotFound() : View("Form", form);
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var deal = await queries.GetForEditAsync(id, cancellationToken);
        if (deal is null)
        {
            return NotFound();
        }

        deal.Input.CustomFields = await customFields.EntriesAsync(CustomFieldRecordType.Deal, id, cancellationToken);
        return View("Form", await EditFormAsync(deal, deal.Input, deal.Version, cancellationToken));
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, DealInput input, Guid version, CancellationToken cancellationToken)
    {
        var deal = await queries.GetForEditAsync(id, cancellationToken);
        if (deal is null)
        {
            return NotFound();
        }

        CustomFieldInputsModel.AttachUploads(Request, input.CustomFields);
        if (ModelState.IsValid)
        {
            var result = await commands.EditAsync(id, input, version, cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Deals.Saved"]);
                return await CardOrContactAsync(id, deal.ContactId, cancellationToken);
            }

            ModelState.AddFailures(result.Failures, FailureMessage, nameof(DealFormViewModel.Input));
        }

        return View("Form", await EditFormAsync(deal, input, version, cancellationToken));
    }

    /// <summary>
    /// The card's stage bar. A Lost stage without a reason comes back to the card with the reason picker
    /// open; a conflict or a refusal is told in the flash and changes nothing.
    /// </summary>
    [HttpPost("{id:int}/Stage")]
    public async Task<IActionResult> Stage([FromRoute] int id, int stageId, int? lostReasonId, Guid version, CancellationToken cancellationToken)
    {
        var result = await commands.ChangeStageAsync(id, stageId, lostReasonId, version, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Failures.Any(f => f.MessageKey == DealMessages.LostReasonRequired))
        {
            TempData.Flash(localizer[DealMessages.LostReasonRequired]);
            return RedirectToAction(nameof(Details), new { id, lostStageId = stageId });
        }

        TempData.Flash(localizer[result.Succeeded ? "Deals.StageChanged" : result.Failures[0].MessageKey]);
        return await CardOrContactAsync(id, null, cancellationToken);
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken)
    {
        var deal = await queries.GetForEditAsync(id, cancellationToken);
        var result = deal is null ? Result.NotFound() : await commands.DeleteAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Deals.Deleted"]);
        return RedirectToAction("Details", "Contacts", new { id = deal!.ContactId });
    }

    /// <summary>Admin › Deleted deals: the soft-deleted deals, newest first, each with its restore button.</summary>
    [Authorize(Roles = Roles.Admin)]
    [HttpGet("Deleted")]
    public async Task<IActionResult> Deleted(CancellationToken cancellationToken) =>
        View(await queries.ListDeletedAsync(cancellationToken));

    /// <summary>Brings a deleted deal back to its card; a refusal (its label taken meanwhile, its contact deleted) is told on the list.</summary>
    [Authorize(Roles = Roles.Admin)]
    [HttpPost("{id:int}/Restore")]
    public async Task<IActionResult> Restore([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.RestoreAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            TempData.Flash(localizer[result.Failures[0].MessageKey]);
            return RedirectToAction(nameof(Deleted));
        }

        TempData.Flash(localizer["Deals.Restored"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<DealFormViewModel?> NewFormAsync(DealInput input, int contactId, int? pipelineId, CancellationToken cancellationToken)
    {
        var contactName = await queries.ContactNameAsync(contactId, cancellationToken);
        if (contactName is null)
        {
            return null;
        }

        // Only an active pipeline takes new deals; with one pipeline there is nothing to choose.
        var options = await queries.FormOptionsAsync(null, input.LostReasonId, cancellationToken);
        var chosen = options.Pipelines.Any(p => p.Id == pipelineId) ? pipelineId
            : options.Pipelines.Count == 1 ? options.Pipelines[0].Id
            : null;
        if (chosen is { } id)
        {
            options = options with { Stages = await queries.StagesAsync(id, cancellationToken) };
        }

        return new DealFormViewModel(input, options, await users.ListActiveAsync(cancellationToken), contactId, contactName, chosen)
        {
            CustomFields = await CustomFieldsAsync(input, null, cancellationToken),
        };
    }

    private async Task<DealFormViewModel> EditFormAsync(DealForEdit deal, DealInput input, Guid version, CancellationToken cancellationToken) =>
        new(input, await queries.FormOptionsAsync(deal.PipelineId, deal.Input.LostReasonId, cancellationToken), await users.ListActiveAsync(cancellationToken),
            deal.ContactId, deal.ContactName, deal.PipelineId, deal.Id, deal.Label, version)
        {
            CustomFields = await CustomFieldsAsync(input, deal.Id, cancellationToken),
        };

    private Task<CustomFieldInputsModel> CustomFieldsAsync(DealInput input, int? id, CancellationToken cancellationToken) =>
        CustomFieldInputsModel.ForFormAsync(customFields, CustomFieldRecordType.Deal, input.CustomFields, id, fileOptions.Value.MaxUploadBytes, cancellationToken);

    private string FailureMessage(Failure failure) => FileMessageText.For(failure, localizer, fileOptions.Value.MaxUploadBytes);

    /// <summary>Back to the card, or to the contact when the deal is now someone else's: a sales rep who hands a deal over may no longer see it.</summary>
    private async Task<IActionResult> CardOrContactAsync(int id, int? contactId, CancellationToken cancellationToken) =>
        await queries.IsVisibleAsync(id, cancellationToken) || contactId is null
            ? RedirectToAction(nameof(Details), new { id })
            : RedirectToAction("Details", "Contacts", new { id = contactId });
}
