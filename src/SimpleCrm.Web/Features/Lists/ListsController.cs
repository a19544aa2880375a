using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Lists;
using SimpleCrm.Web.Features.Contacts;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Lists;

/// <summary>
/// Static lists: the lists page, their forms, and members on and off a list. A list's own page is the
/// contact list scoped to it, so it searches, sorts and pages as /Contacts does.
/// </summary>
public sealed class ListsController(ListQueries queries, ListCommands commands, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Contacts = "Contacts";

    [HttpGet("Lists")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListAsync(cancellationToken));

    [HttpGet("Lists/{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is null ? NotFound() : RedirectToList(id);

    [HttpGet("Lists/New")]
    public IActionResult Create() => View("Form", new ListFormViewModel(null, new ListInput()));

    [HttpPost("Lists/New")]
    public async Task<IActionResult> Create(ListInput input, CancellationToken cancellationToken)
    {
        var result = await commands.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["Lists.Created"]);
            return RedirectToList(result.Value);
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new ListFormViewModel(null, input));
    }

    [HttpGet("Lists/{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.GetForEditAsync(id, cancellationToken);
        return result.Succeeded ? View("Form", new ListFormViewModel(id, result.Value!)) : NotFound();
    }

    [HttpPost("Lists/{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, ListInput input, CancellationToken cancellationToken)
    {
        var result = await commands.UpdateAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Lists.Saved"]);
            return RedirectToList(id);
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new ListFormViewModel(id, input));
    }

    [HttpPost("Lists/{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await commands.DeleteAsync(id, cancellationToken), localizer, "Lists.Deleted");

    /// <summary>Contacts to add, offered while typing in the list's header (htmx).</summary>
    [HttpGet("Lists/{id:int}/Candidates")]
    public async Task<IActionResult> Candidates([FromRoute] int id, string? term, string? returnUrl, CancellationToken cancellationToken) =>
        PartialView("_Candidates", new ListCandidatesViewModel(id, term, await queries.CandidatesAsync(id, term, cancellationToken), Url.IsLocalUrl(returnUrl) ? returnUrl : null));

    /// <summary>The add button of a candidate in the list's header; back to the same page.</summary>
    [HttpPost("Lists/{id:int}/Members")]
    public async Task<IActionResult> AddMember([FromRoute] int id, int contactId, string? returnUrl, CancellationToken cancellationToken)
    {
        // The list comes from the URL here: a missing one is a 404 like an invisible contact.
        var result = await commands.AddContactAsync(id, contactId, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Lists.MemberAdded"]);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToList(id);
    }

    /// <summary>The remove button of a row on the list's page; back to the same page, search and sort.</summary>
    [HttpPost("Lists/{id:int}/Members/{contactId:int}/Remove")]
    public async Task<IActionResult> RemoveMember([FromRoute] int id, [FromRoute] int contactId, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await commands.RemoveContactAsync(id, contactId, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Lists.MemberRemoved"]);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToList(id);
    }

    /// <summary>The add form of the profile's lists card.</summary>
    [HttpPost("Contacts/{id:int}/Lists")]
    public async Task<IActionResult> AddContact([FromRoute] int id, int? listId, CancellationToken cancellationToken)
    {
        var result = await commands.AddContactAsync(listId ?? 0, id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer[result.Succeeded ? "Lists.MemberAdded" : result.Failures[0].MessageKey]);
        return RedirectToAction(nameof(ContactsController.Details), Contacts, new { id });
    }

    /// <summary>The remove button of a list on the profile's lists card.</summary>
    [HttpPost("Contacts/{id:int}/Lists/{listId:int}/Remove")]
    public async Task<IActionResult> RemoveContact([FromRoute] int id, [FromRoute] int listId, CancellationToken cancellationToken)
    {
        var result = await commands.RemoveContactAsync(listId, id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Lists.MemberRemoved"]);
        return RedirectToAction(nameof(ContactsController.Details), Contacts, new { id });
    }

    /// <summary>The contact list scoped to the list: its header, and every link keeps the list.</summary>
    private RedirectToActionResult RedirectToList(int id) =>
        RedirectToAction(nameof(ContactsController.Index), Contacts, new Dictionary<string, object?> { ["ListIds[0]"] = id.ToString(CultureInfo.InvariantCulture) });
}
