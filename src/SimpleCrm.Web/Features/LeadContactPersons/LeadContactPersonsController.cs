using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Leads;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.LeadContactPersons;

/// <summary>The contact persons tab of the lead card: add from the tab, edit on a page of its own, remove.</summary>
[Route("Leads/{leadId:int}/People")]
public sealed class LeadContactPersonsController(SimpleCrm.Application.Leads.LeadContactPersons people, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Add([FromRoute] int leadId, LeadContactPersonInput input, CancellationToken cancellationToken)
    {
        var result = await people.AddAsync(leadId, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["ContactPersons.Added"]);
            return BackToTab(leadId);
        }

        ModelState.AddFailures(result.Failures, localizer, nameof(LeadContactPersonFormViewModel.Input));
        return View("Form", new LeadContactPersonFormViewModel(leadId, null, input));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int leadId, int id, CancellationToken cancellationToken) =>
        await people.GetForEditAsync(leadId, id, cancellationToken) is { } input
            ? View("Form", new LeadContactPersonFormViewModel(leadId, id, input))
            : NotFound();

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int leadId, [FromRoute] int id, LeadContactPersonInput input, CancellationToken cancellationToken)
    {
        var result = await people.UpdateAsync(leadId, id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["ContactPersons.Saved"]);
            return BackToTab(leadId);
        }

        ModelState.AddFailures(result.Failures, localizer, nameof(LeadContactPersonFormViewModel.Input));
        return View("Form", new LeadContactPersonFormViewModel(leadId, id, input));
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int leadId, [FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await people.DeleteAsync(leadId, id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["ContactPersons.Deleted"]);
        return BackToTab(leadId);
    }

    private RedirectToActionResult BackToTab(int leadId) =>
        RedirectToAction(nameof(LeadsController.Details), "Leads", new { id = leadId, tab = LeadCardTabs.People });
}
