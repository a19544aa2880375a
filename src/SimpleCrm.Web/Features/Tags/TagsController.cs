using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Tags;
using SimpleCrm.Web.Features.Contacts;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Tags;

/// <summary>Tags on a contact's profile, suggestions while typing and the tag cloud of the contact list.</summary>
public sealed class TagsController(TagQueries queries, TagCommands commands, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Contacts = "Contacts";

    [HttpPost("Contacts/{id:int}/Tags")]
    public async Task<IActionResult> Add([FromRoute] int id, TagInput input, CancellationToken cancellationToken)
    {
        var result = await commands.AddAsync(id, input.Names, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer[result.Succeeded ? "Tags.Added" : result.Failures[0].MessageKey, Tag.MaxLength]);
        return RedirectToAction(nameof(ContactsController.Details), Contacts, new { id });
    }

    [HttpPost("Contacts/{id:int}/Tags/Remove")]
    public async Task<IActionResult> Remove([FromRoute] int id, string? name, CancellationToken cancellationToken)
    {
        var result = await commands.RemoveAsync(id, name, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Tags.Removed", name ?? string.Empty]);
        return RedirectToAction(nameof(ContactsController.Details), Contacts, new { id });
    }

    /// <summary>Options for the datalist of the tag field: existing tags starting with the last typed name.</summary>
    [HttpGet("Tags/Suggestions")]
    public async Task<IActionResult> Suggestions(TagInput input, CancellationToken cancellationToken)
    {
        var typed = input.Names ?? string.Empty;
        var comma = typed.LastIndexOf(',');
        var before = comma < 0 ? string.Empty : typed[..(comma + 1)] + " ";
        var names = await queries.SuggestAsync(typed[(comma + 1)..], cancellationToken);
        return PartialView("_TagOptions", names.Select(n => before + n).ToList());
    }

    /// <summary>The cloud above the contact list, loaded after the page so the list does not wait for it.</summary>
    [HttpGet("Tags/Cloud")]
    public async Task<IActionResult> Cloud(CancellationToken cancellationToken) =>
        PartialView("_Cloud", new TagCloudViewModel(await queries.CloudAsync(cancellationToken)));
}
