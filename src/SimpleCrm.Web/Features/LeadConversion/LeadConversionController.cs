using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Web.Features.Contacts;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.LeadConversion;

/// <summary>
/// "Convert to client" of a lead: create a person, a company or both from it, or assign it to a
/// contact the user sees. Every status change to a Converted status ends up here.
/// </summary>
[Route("Leads/{id:int}/Convert")]
public sealed class LeadConversionController(
    LeadConversionQueries queries,
    Application.Leads.Conversion.LeadConversion conversion,
    ContactQueries contacts,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>How many contacts the search offers to assign to.</summary>
    public const int SearchSize = 25;

    /// <summary>The page, prefilled from the lead; <paramref name="term"/> searches the contacts to assign to.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] int id, int? statusId, string? term, CancellationToken cancellationToken)
    {
        var draft = await queries.DraftAsync(id, statusId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        // Contacts have no company code field: it goes into the notes, where the user sees it and may edit it.
        if (draft.CompanyCode is not null)
        {
            draft.Input.Notes = localizer["LeadConversion.CompanyCodeNote", draft.CompanyCode];
        }

        return View(await PageAsync(draft, draft.Input, term, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Convert([FromRoute] int id, LeadConversionInput input, Guid version, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await conversion.ConvertAsync(id, input, version, cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(input.CreateDeal ? localizer["LeadConversion.ConvertedWithDeal", input.DealLabel!.Trim()] : localizer["LeadConversion.Converted"]);
                return await ContactOrLeadAsync(result.Value, id, cancellationToken);
            }

            if (result.Failures.Any(f => f.MessageKey == LeadConversionMessages.AlreadyConverted))
            {
                // Converted meanwhile (another tab, another user): the page now shows where the lead went.
                TempData.Flash(localizer[LeadConversionMessages.AlreadyConverted]);
                return RedirectToAction(nameof(Index), new { id });
            }

            ModelState.AddFailures(result.Failures, localizer, nameof(LeadConversionViewModel.Input));
        }

        var draft = await queries.DraftAsync(id, input.StatusId, cancellationToken);
        return draft is null ? NotFound() : View(nameof(Index), await PageAsync(draft with { Version = version }, input, null, cancellationToken));
    }

    /// <summary>
    /// "Assign to this contact" (it submits the conversion form, so a ticked "Create a deal" goes with
    /// it): a refusal of the deal's fields comes back on the page beside them; any other refusal
    /// (converted meanwhile, changed meanwhile) in the flash.
    /// </summary>
    [HttpPost("Assign")]
    public async Task<IActionResult> Assign([FromRoute] int id, int contactId, Guid version, int? statusId, LeadConversionInput input, CancellationToken cancellationToken)
    {
        statusId ??= input.StatusId;
        var result = await conversion.AssignAsync(id, contactId, version, statusId, input.CreateDeal ? input : null, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(input.CreateDeal ? localizer["LeadConversion.AssignedWithDeal", input.DealLabel!.Trim()] : localizer["LeadConversion.Assigned"]);
            return await ContactOrLeadAsync(result.Value, id, cancellationToken);
        }

        if (result.Failures.Any(f => f.Field is not null) && await queries.DraftAsync(id, statusId, cancellationToken) is { } draft)
        {
            ModelState.AddFailures(result.Failures, localizer, nameof(LeadConversionViewModel.Input));
            return View(nameof(Index), await PageAsync(draft with { Version = version }, input, null, cancellationToken));
        }

        TempData.Flash(string.Join(" ", result.Failures.Select(f => localizer[f.MessageKey].Value)));
        return RedirectToAction(nameof(Index), new { id, statusId });
    }

    private async Task<LeadConversionViewModel> PageAsync(LeadConversionDraft draft, LeadConversionInput input, string? term, CancellationToken cancellationToken)
    {
        IReadOnlyList<ContactListItem> found = [];
        if (!string.IsNullOrWhiteSpace(term))
        {
            found = (await contacts.ListAsync(new ContactListQuery { Search = term, PageSize = SearchSize }, cancellationToken)).Items;
        }

        return new LeadConversionViewModel(draft, input, term, found);
    }

    /// <summary>To the contact's profile, or back to the lead's card when the new contact belongs to someone the user cannot see for.</summary>
    private async Task<IActionResult> ContactOrLeadAsync(int contactId, int leadId, CancellationToken cancellationToken) =>
        await contacts.IsVisibleAsync(contactId, cancellationToken)
            ? RedirectToAction(nameof(ContactsController.Details), "Contacts", new { id = contactId })
            : RedirectToAction(nameof(LeadsController.Details), "Leads", new { id = leadId });
}
