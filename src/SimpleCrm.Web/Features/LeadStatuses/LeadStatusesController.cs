using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.LeadStatuses;

[Authorize(Roles = Roles.Admin)]
[Route("Admin/LeadStatuses")]
public sealed class LeadStatusesController(LeadStatusAdministration administration, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await administration.ListAsync(cancellationToken));

    [HttpGet("New")]
    public IActionResult Create() => View("Form", new LeadStatusFormViewModel(null, new LeadStatusInput()));

    [HttpPost("New")]
    public async Task<IActionResult> Create(LeadStatusInput input, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["LeadStatuses.Created"]);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new LeadStatusFormViewModel(null, input));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.GetAsync(id, cancellationToken);
        return result.Succeeded
            ? View("Form", new LeadStatusFormViewModel(id, result.Value!, await administration.ResourceKeyAsync(id, cancellationToken)))
            : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, LeadStatusInput input, CancellationToken cancellationToken)
    {
        var result = await administration.UpdateAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["LeadStatuses.Saved"]);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new LeadStatusFormViewModel(id, input, await administration.ResourceKeyAsync(id, cancellationToken)));
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.DeleteAsync(id, cancellationToken), localizer, "LeadStatuses.Deleted");

    [HttpPost("{id:int}/Up")]
    public async Task<IActionResult> MoveUp([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.MoveAsync(id, -1, cancellationToken), localizer, "LeadStatuses.OrderSaved");

    [HttpPost("{id:int}/Down")]
    public async Task<IActionResult> MoveDown([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.MoveAsync(id, 1, cancellationToken), localizer, "LeadStatuses.OrderSaved");

    /// <summary>The drag-and-drop save (reorder.js): the full order of ids. 204 when saved; 409 with the reason flashed for the reload.</summary>
    [HttpPost("Order")]
    public async Task<IActionResult> Order([FromForm] int[] ids, CancellationToken cancellationToken) =>
        this.ReorderOutcome(await administration.ReorderAsync(ids, cancellationToken), localizer);
}
