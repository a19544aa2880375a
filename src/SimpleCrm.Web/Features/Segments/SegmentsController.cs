using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Contacts;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Segments;

/// <summary>
/// Saved filters over contacts. A segment is saved from the filters of /Contacts ("Save as segment")
/// and opened as the contact list scoped to it; this page lists, edits and deletes them.
/// </summary>
[Route("Segments")]
public sealed class SegmentsController(
    SegmentQueries queries,
    SegmentCommands commands,
    ListQueries lists,
    UserDirectory users,
    CustomFieldEditor customFields,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new SegmentIndexViewModel(
            await queries.ListAsync(cancellationToken),
            await lists.OptionsAsync(cancellationToken),
            await users.ListActiveAsync(cancellationToken))
        {
            CustomFields = await customFields.DefinitionsAsync(CustomFieldRecordType.Contact, cancellationToken),
        });

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is null ? NotFound() : RedirectToSegment(id);

    /// <summary>The form, filled with the criteria of the contact list it was opened from.</summary>
    [HttpGet("New")]
    public async Task<IActionResult> Create([FromQuery] ContactFilter filter, CancellationToken cancellationToken) =>
        View("Form", await FormAsync(null, new SegmentInput { Filter = filter.ToFilter() }, cancellationToken));

    [HttpPost("New")]
    public async Task<IActionResult> Create(SegmentInput input, CancellationToken cancellationToken)
    {
        var result = await commands.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["Segments.Created"]);
            return RedirectToSegment(result.Value);
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", await FormAsync(null, input, cancellationToken));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.GetForEditAsync(id, cancellationToken);
        return result.Succeeded ? View("Form", await FormAsync(id, result.Value!, cancellationToken)) : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, SegmentInput input, CancellationToken cancellationToken)
    {
        var result = await commands.UpdateAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Segments.Saved"]);
            return RedirectToSegment(id);
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", await FormAsync(id, input, cancellationToken));
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await commands.DeleteAsync(id, cancellationToken), localizer, "Segments.Deleted");

    private async Task<SegmentFormViewModel> FormAsync(int? id, SegmentInput input, CancellationToken cancellationToken) =>
        new(id, input, await users.ListActiveAsync(cancellationToken), await lists.OptionsAsync(cancellationToken))
        {
            CustomFields = await customFields.DefinitionsAsync(CustomFieldRecordType.Contact, cancellationToken),
        };

    private RedirectToActionResult RedirectToSegment(int id) =>
        RedirectToAction(nameof(ContactsController.Index), "Contacts", new { SegmentId = id.ToString(CultureInfo.InvariantCulture) });
}
