using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Preferences;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Files;
using SimpleCrm.Web.Features.LeadConversion;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Leads;

[Route("Leads")]
public sealed class LeadsController(
    LeadQueries queries,
    LeadCommands commands,
    LeadOptionQueries options,
    LeadDuplicateFinder duplicates,
    UserDirectory users,
    IStringLocalizer<SharedResource> localizer,
    CustomFieldEditor customFields,
    CustomFieldReader customValues,
    IOptions<FileStorageOptions> fileOptions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        [FromQuery] LeadListQuery query, [FromServices] ListPreferences preferences, [FromServices] SavedLeadFilters savedFilters, CancellationToken cancellationToken)
    {
        var list = await queries.ListPageAsync(query, cancellationToken);
        var fields = await customFields.DefinitionsAsync(CustomFieldRecordType.Lead, cancellationToken);
        var columns = LeadListColumns.All(LeadListColumns.CustomFields(fields));
        var shown = LeadListColumns.Visible(columns, await preferences.ColumnsAsync(ListNames.Leads, cancellationToken));
        // The shown custom columns' values for the page's leads: one read, through the visibility rule.
        var values = await customValues.ColumnsAsync(
            CustomFieldRecordType.Lead, [.. shown.Select(c => c.CustomFieldId).OfType<int>()], [.. list.Page.Items.Select(i => i.Id)], cancellationToken);
        return View(new LeadListViewModel(
            list.Page,
            list.Query with { Page = list.Page.PageNumber, PageSize = list.Page.PageSize },
            await options.GetAsync(query.SourceId, cancellationToken),
            await users.ListActiveAsync(cancellationToken))
        {
            Groups = list.Groups,
            AllColumns = columns,
            Columns = shown,
            CustomValues = values,
            SavedFilters = await savedFilters.ListAsync(cancellationToken),
            CustomFields = fields,
        });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, string? tab, int page, CancellationToken cancellationToken)
    {
        // The open tab's content comes from its own view component, so the card's read stays one query.
        var lead = await queries.GetAsync(id, cancellationToken);
        return lead is null ? NotFound() : View(new LeadCardViewModel(lead, await options.GetAsync(null, cancellationToken), LeadCardTabs.Open(tab), Math.Max(1, page))
        {
            CustomFields = await customValues.ForRecordAsync(CustomFieldRecordType.Lead, id, cancellationToken),
        });
    }

    [HttpGet("New")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Form", await FormAsync(new LeadInput(), null, null, null, cancellationToken));

    /// <summary>
    /// Saves the new lead, unless it looks like a lead or contact the user already sees: then the form
    /// comes back with the warning, and its "save anyway" or "link to this contact" button saves.
    /// </summary>
    [HttpPost("New")]
    public async Task<IActionResult> Create(LeadInput input, bool ignoreDuplicates, int? linkContactId, CancellationToken cancellationToken)
    {
        CustomFieldInputsModel.AttachUploads(Request, input.CustomFields);
        if (ModelState.IsValid)
        {
            var found = ignoreDuplicates || linkContactId is not null ? [] : await duplicates.FindAsync(input, null, cancellationToken);
            if (found.Count > 0)
            {
                return View("Form", await FormAsync(input, null, null, null, cancellationToken) with { Duplicates = found });
            }

            var result = await commands.CreateAsync(input, linkContactId, cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Leads.Created.Message"]);
                return await CardOrListAsync(result.Value, cancellationToken);
            }

            ModelState.AddFailures(result.Failures, FailureMessage, nameof(LeadFormViewModel.Input));
        }

        return View("Form", await FormAsync(input, null, null, null, cancellationToken));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var lead = await queries.GetForEditAsync(id, cancellationToken);
        if (lead is null)
        {
            return NotFound();
        }

        lead.Input.CustomFields = await customFields.EntriesAsync(CustomFieldRecordType.Lead, id, cancellationToken);
        return View("Form", await FormAsync(lead.Input, id, lead.Name, lead.Version, cancellationToken));
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, LeadInput input, Guid version, bool ignoreDuplicates, int? linkContactId, CancellationToken cancellationToken)
    {
        CustomFieldInputsModel.AttachUploads(Request, input.CustomFields);
        if (ModelState.IsValid)
        {
            var found = ignoreDuplicates || linkContactId is not null ? [] : await duplicates.FindAsync(input, id, cancellationToken);
            if (found.Count > 0)
            {
                return await queries.IsVisibleAsync(id, cancellationToken)
                    ? View("Form", await FormAsync(input, id, null, version, cancellationToken) with { Duplicates = found })
                    : NotFound();
            }

            var result = await commands.UpdateAsync(id, input, version, linkContactId, cancellationToken);
            if (IsConversion(result) && input.StatusId is { } convertedStatusId)
            {
                // A Converted status is the conversion: the other edits are saved first (the status
                // stays), then the conversion page asks what to create.
                input.StatusId = null;
                result = await commands.UpdateAsync(id, input, version, linkContactId, cancellationToken);
                if (result.Succeeded)
                {
                    TempData.Flash(localizer["LeadConversion.EditsSavedChoose"]);
                    return ConversionPage(id, convertedStatusId);
                }

                input.StatusId = convertedStatusId;
            }

            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Leads.Saved"]);
                return await CardOrListAsync(id, cancellationToken);
            }

            ModelState.AddFailures(result.Failures, FailureMessage, nameof(LeadFormViewModel.Input));
        }
        else if (!await queries.IsVisibleAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return View("Form", await FormAsync(input, id, null, version, cancellationToken));
    }

    /// <summary>
    /// The live hint of the form: the leads and contacts its person, company, email and phone fields
    /// match, as the user leaves them. A read with nothing to act on; <paramref name="exceptId"/> is
    /// the lead being edited, which is no duplicate of itself.
    /// </summary>
    [HttpGet("Duplicates/Hint")]
    public async Task<IActionResult> Duplicates(LeadInput input, int? exceptId, CancellationToken cancellationToken) =>
        PartialView("_Duplicates", new LeadDuplicatesViewModel(await duplicates.FindAsync(input, exceptId, cancellationToken), CanAct: false));

    /// <summary>The status dropdown of a list row and the status bar of the card. A conflict or a refusal is told in the flash and changes nothing.</summary>
    [HttpPost("{id:int}/Status")]
    public async Task<IActionResult> Status([FromRoute] int id, int statusId, Guid version, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await commands.ChangeStatusAsync(id, statusId, version, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (IsConversion(result))
        {
            TempData.Flash(localizer["LeadConversion.ChooseToConvert"]);
            return ConversionPage(id, statusId);
        }

        TempData.Flash(localizer[result.Succeeded ? "Leads.StatusChanged" : result.Failures[0].MessageKey]);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.DeleteAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Leads.Deleted"]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Refused because the status asked for is a Converted one: that is the conversion, which has its own page.</summary>
    private static bool IsConversion(Result result) => result.Failures.Any(f => f.MessageKey == LeadMessages.ConvertInstead);

    private RedirectToActionResult ConversionPage(int id, int statusId) =>
        RedirectToAction(nameof(LeadConversionController.Index), "LeadConversion", new { id, statusId });

    private async Task<LeadFormViewModel> FormAsync(LeadInput input, int? id, string? name, Guid? version, CancellationToken cancellationToken) =>
        new(input, await options.GetAsync(input.SourceId, cancellationToken), await users.ListActiveAsync(cancellationToken), id, name, version)
        {
            CustomFields = await CustomFieldInputsModel.ForFormAsync(customFields, CustomFieldRecordType.Lead, input.CustomFields, id, fileOptions.Value.MaxUploadBytes, cancellationToken),
        };

    private string FailureMessage(Failure failure) => FileMessageText.For(failure, localizer, fileOptions.Value.MaxUploadBytes);

    /// <summary>Back to the card, or to the list when the lead now belongs to someone else: a sales rep who hands a lead over no longer sees it.</summary>
    private async Task<IActionResult> CardOrListAsync(int id, CancellationToken cancellationToken) =>
        await queries.IsVisibleAsync(id, cancellationToken)
            ? RedirectToAction(nameof(Details), new { id })
            : RedirectToAction(nameof(Index));
}
