using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Selection;
using SimpleCrm.Web.Features.Contacts;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Selection;

/// <summary>The selection basket: tick contacts on any page, select everything a filter matches, clear.</summary>
[Route("Selection")]
public sealed class SelectionController(SelectionBasket basket, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The basket's contacts in the contact list, with bulk actions at hand.</summary>
    [HttpGet("")]
    public IActionResult Index() => RedirectToAction("Index", "Contacts", new { Selected = true });

    /// <summary>Ticks or unticks contacts of a page. From htmx it answers the new count; otherwise it returns to the list.</summary>
    [HttpPost("Toggle")]
    public async Task<IActionResult> Toggle([FromForm] int[] ids, [FromForm] bool selected, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (selected)
        {
            await basket.AddAsync(ids, cancellationToken);
        }
        else
        {
            await basket.RemoveAsync(ids, cancellationToken);
        }

        if (!Request.Headers.ContainsKey("HX-Request"))
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        // htmx says which page the tick came from: the re-sent buttons return there and know the basket view.
        var page = Uri.TryCreate(Request.Headers["HX-Current-URL"], UriKind.Absolute, out var current) ? current.PathAndQuery : Url.Action("Index", "Contacts")!;
        var onSelectedView = page.Contains("selected=true", StringComparison.OrdinalIgnoreCase);
        return PartialView("_ToggleResult", new SelectionActionsModel(await basket.CountAsync(cancellationToken), SafeReturnUrl(page), onSelectedView));
    }

    /// <summary>"Select all N matching this filter": set-based, without loading them into a page.</summary>
    [HttpPost("AddMatching")]
    public async Task<IActionResult> AddMatching([FromForm] ContactListQuery query, CancellationToken cancellationToken)
    {
        var added = await basket.AddMatchingAsync(query, cancellationToken);
        TempData.Flash(localizer["Selection.Added", added]);
        return RedirectToAction("Index", "Contacts", ContactListViewModel.RouteValues(query with { Page = 1 }));
    }

    [HttpPost("Clear")]
    public async Task<IActionResult> Clear([FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        await basket.ClearAsync(cancellationToken);
        TempData.Flash(localizer["Selection.Cleared"]);
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    private string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action("Index", "Contacts")!;
}
