using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Merging;
using SimpleCrm.Web.Features.Contacts;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Merge;

/// <summary>
/// Merging duplicate contacts. The URL contract others link to (the basket's "Merge selected",
/// the profile's duplicates card): GET /Contacts/Merge?ids=1&amp;ids=2 ... with 2–10 ids.
/// </summary>
[Route("Contacts/Merge")]
public sealed class MergeController(MergeQueries queries, ContactMerge merge, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "ids")] List<int> ids, CancellationToken cancellationToken)
    {
        var preview = await queries.PreviewAsync(ids, cancellationToken);
        if (preview.IsNotFound)
        {
            return NotFound();
        }

        if (!preview.Succeeded)
        {
            TempData.Flash(localizer[preview.Failures[0].MessageKey]);
            return RedirectToAction(nameof(ContactsController.Index), "Contacts");
        }

        return View(MergeViewModel.Suggested(preview.Value!));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([FromForm] MergeInput input, [FromServices] ContactQueries contacts, CancellationToken cancellationToken)
    {
        var result = await merge.MergeAsync(input.ToRequest(), cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Merge.Done"]);
            // The survivor may have been handed to someone else in the merge (the responsible field).
            return await contacts.IsVisibleAsync(input.SurvivorId, cancellationToken)
                ? RedirectToAction(nameof(ContactsController.Details), "Contacts", new { id = input.SurvivorId })
                : RedirectToAction(nameof(ContactsController.Index), "Contacts");
        }

        var preview = await queries.PreviewAsync(input.Ids, cancellationToken);
        if (!preview.Succeeded)
        {
            TempData.Flash(localizer[result.Failures[0].MessageKey]);
            return RedirectToAction(nameof(ContactsController.Index), "Contacts");
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View(MergeViewModel.AsPosted(preview.Value!, input));
    }

    /// <summary>The profile's duplicates card, loaded by htmx after the profile so the profile stays fast.</summary>
    [HttpGet("Duplicates/{id:int}")]
    public async Task<IActionResult> Duplicates([FromRoute] int id, [FromServices] DuplicateFinder finder, CancellationToken cancellationToken) =>
        PartialView("_DuplicatesCard", new DuplicatesViewModel(id, await finder.ForContactAsync(id, cancellationToken)));
}
