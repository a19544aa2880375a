using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.LostReasons;

/// <summary>Admin > Lost reasons: the ordered list a lost deal's reason is chosen from.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("Admin/LostReasons")]
public sealed class LostReasonsController(LostReasonAdministration administration, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await administration.ListAsync(cancellationToken));

    [HttpGet("New")]
    public IActionResult Create() => View("Form", new LostReasonFormViewModel(null, new NameInput()));

    [HttpPost("New")]
    public async Task<IActionResult> Create(NameInput input, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["LostReasons.Created"]);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new LostReasonFormViewModel(null, input));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.GetAsync(id, cancellationToken);
        return result.Succeeded ? View("Form", new LostReasonFormViewModel(id, result.Value.Input, result.Value.ResourceKey)) : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, NameInput input, CancellationToken cancellationToken)
    {
        var result = await administration.RenameAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["LostReasons.Saved"]);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddFailures(result.Failures, localizer);
        var current = await administration.GetAsync(id, cancellationToken);
        return View("Form", new LostReasonFormViewModel(id, input, current.Value.ResourceKey));
    }

    [HttpPost("{id:int}/Archive")]
    public async Task<IActionResult> Archive([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.SetArchivedAsync(id, archived: true, cancellationToken), localizer, "LostReasons.Archived");

    [HttpPost("{id:int}/Restore")]
    public async Task<IActionResult> Restore([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.SetArchivedAsync(id, archived: false, cancellationToken), localizer, "LostReasons.Restored");

    [HttpPost("{id:int}/Up")]
    public async Task<IActionResult> MoveUp([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.MoveAsync(id, -1, cancellationToken), localizer, "LostReasons.OrderSaved");

    [HttpPost("{id:int}/Down")]
    public async Task<IActionResult> MoveDown([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.MoveAsync(id, 1, cancellationToken), localizer, "LostReasons.OrderSaved");

    /// <summary>The drag-and-drop save (reorder.js): the full order of ids. 204 when saved; 409 with the reason flashed for the reload.</summary>
    [HttpPost("Order")]
    public async Task<IActionResult> Order([FromForm] int[] ids, CancellationToken cancellationToken) =>
        this.ReorderOutcome(await administration.ReorderAsync(ids, cancellationToken), localizer);
}
