using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Merging;
using SimpleCrm.Application.Selection;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Files;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Contacts;

[Route("Contacts")]
public sealed class ContactsController(
    ContactQueries queries,
    ContactCommands commands,
    TagQueries tags,
    UserDirectory users,
    AccessClassAdministration accessClasses,
    SelectionBasket basket,
    ContactListScopes scopes,
    IStringLocalizer<SharedResource> localizer,
    CustomFieldEditor customFields,
    CustomFieldReader customValues,
    IOptions<FileStorageOptions> fileOptions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContactListQuery query, CancellationToken cancellationToken)
    {
        var surroundings = await scopes.ResolveAsync(query, cancellationToken);
        if (surroundings.IsNotFound)
        {
            return NotFound();
        }

        var page = await queries.ListAsync(query, cancellationToken);
        return View(new ContactListViewModel(page, query with { Page = page.PageNumber, PageSize = page.PageSize }, await users.ListActiveAsync(cancellationToken))
        {
            Scope = surroundings.Scope ?? (query.Selected ? new ContactListScope(ContactListScopeKind.Selection, null, localizer["Selection.Title"], Count: page.TotalCount) : null),
            ListOptions = surroundings.ListOptions,
            SelectedIds = await basket.SelectedAmongAsync([.. page.Items.Select(c => c.Id)], cancellationToken),
            SelectionCount = await basket.CountAsync(cancellationToken),
            CustomFields = await customFields.DefinitionsAsync(CustomFieldRecordType.Contact, cancellationToken),
        });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] MergeQueries merges, [FromServices] LeadQueries leads, CancellationToken cancellationToken)
    {
        var profile = await queries.GetProfileAsync(id, cancellationToken);
        if (profile is null)
        {
            // An old link to a merged-away contact leads to the survivor. Not permanent: an admin may restore it.
            return await merges.FindSurvivorAsync(id, cancellationToken) is { } survivorId
                ? RedirectToAction(nameof(Details), new { id = survivorId })
                : NotFound();
        }

        return View(new ContactProfileViewModel(profile, await users.ListActiveAsync(cancellationToken), await tags.OfContactAsync(id, cancellationToken))
        {
            Leads = await leads.OfContactAsync(id, cancellationToken),
            CustomFields = await customValues.ForRecordAsync(CustomFieldRecordType.Contact, id, cancellationToken),
        });
    }

    [HttpGet("New")]
    public async Task<IActionResult> Create(ContactKind kind, CancellationToken cancellationToken) =>
        View("Form", await WithCustomFieldsAsync(new ContactFormViewModel(new ContactInput { Kind = kind, Emails = [null], Phones = [null] }, await users.ListActiveAsync(cancellationToken), AccessClasses: await AccessClassChoicesAsync(cancellationToken)), cancellationToken));

    [HttpPost("New")]
    public async Task<IActionResult> Create(ContactInput input, CancellationToken cancellationToken)
    {
        CustomFieldInputsModel.AttachUploads(Request, input.CustomFields);
        if (ModelState.IsValid)
        {
            var result = await commands.CreateAsync(input, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(localizer["Contacts.Created.Message"]);
                return await ProfileOrListAsync(result.Value, cancellationToken);
            }

            ModelState.AddFailures(result.Failures, FailureMessage, nameof(ContactFormViewModel.Input));
        }

        return View("Form", await WithCustomFieldsAsync(new ContactFormViewModel(input, await users.ListActiveAsync(cancellationToken), AccessClasses: await AccessClassChoicesAsync(cancellationToken)), cancellationToken));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var contact = await queries.GetForEditAsync(id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        // An empty slot only where there is nothing yet; "+ Add email" adds more.
        if (contact.Input.Emails.Count == 0)
        {
            contact.Input.Emails.Add(null);
        }

        if (contact.Input.Phones.Count == 0)
        {
            contact.Input.Phones.Add(null);
        }

        contact.Input.CustomFields = await customFields.EntriesAsync(CustomFieldRecordType.Contact, id, cancellationToken);
        return View("Form", await WithCustomFieldsAsync(new ContactFormViewModel(contact.Input, await users.ListActiveAsync(cancellationToken), id, contact.DisplayName, contact.Version, await AccessClassChoicesAsync(cancellationToken)), cancellationToken));
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, ContactInput input, Guid version, CancellationToken cancellationToken)
    {
        CustomFieldInputsModel.AttachUploads(Request, input.CustomFields);
        if (ModelState.IsValid)
        {
            var result = await commands.UpdateAsync(id, input, version, cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Contacts.Saved"]);
                return await ProfileOrListAsync(id, cancellationToken);
            }

            ModelState.AddFailures(result.Failures, FailureMessage, nameof(ContactFormViewModel.Input));
        }

        return View("Form", await WithCustomFieldsAsync(new ContactFormViewModel(input, await users.ListActiveAsync(cancellationToken), id, null, version, await AccessClassChoicesAsync(cancellationToken)), cancellationToken));
    }

    [HttpPost("{id:int}/Responsible")]
    public async Task<IActionResult> Responsible([FromRoute] int id, string responsibleUserId, CancellationToken cancellationToken)
    {
        var result = await commands.ChangeResponsibleAsync(id, responsibleUserId, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer[result.Succeeded ? "Contacts.ResponsibleChanged" : result.Failures[0].MessageKey]);
        return await ProfileOrListAsync(id, cancellationToken);
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.DeleteAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Contacts.Deleted"]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("Companies")]
    public async Task<IActionResult> Companies([FromQuery(Name = "Input.CompanyName")] string? term, CancellationToken cancellationToken) =>
        PartialView("_CompanyOptions", await queries.SuggestCompaniesAsync(term, cancellationToken));

    [Authorize(Roles = Roles.Admin)]
    [HttpGet("Deleted")]
    public async Task<IActionResult> Deleted(CancellationToken cancellationToken) =>
        View(await queries.ListDeletedAsync(cancellationToken));

    [Authorize(Roles = Roles.Admin)]
    [HttpPost("{id:int}/Restore")]
    public async Task<IActionResult> Restore([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.RestoreAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Contacts.Restored"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>
    /// Back to the profile, or to the list when the contact now belongs to someone else: a sales rep
    /// who hands a contact over (on the profile, in the edit form or when creating it) no longer sees it.
    /// </summary>
    /// <summary>The classes to choose from, or null for a sales rep, whose form does not offer the field.</summary>
    private async Task<IReadOnlyList<AccessClassOption>?> AccessClassChoicesAsync(CancellationToken cancellationToken) =>
        Roles.SeeAll.Any(User.IsInRole) ? await accessClasses.OptionsAsync(cancellationToken) : null;

    private async Task<ContactFormViewModel> WithCustomFieldsAsync(ContactFormViewModel form, CancellationToken cancellationToken) =>
        form with { CustomFields = await CustomFieldInputsModel.ForFormAsync(customFields, CustomFieldRecordType.Contact, form.Input.CustomFields, form.Id, fileOptions.Value.MaxUploadBytes, cancellationToken) };

    private string FailureMessage(Failure failure) => FileMessageText.For(failure, localizer, fileOptions.Value.MaxUploadBytes);

    private async Task<IActionResult> ProfileOrListAsync(int id, CancellationToken cancellationToken) =>
        await queries.IsVisibleAsync(id, cancellationToken)
            ? RedirectToAction(nameof(Details), new { id })
            : RedirectToAction(nameof(Index));
}
