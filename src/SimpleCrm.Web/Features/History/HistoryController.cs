using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.History;

namespace SimpleCrm.Web.Features.History;

/// <summary>The history card of a profile, loaded after the page so a long history never slows the profile down.</summary>
public sealed class HistoryController(HistoryQueries history) : Controller
{
    [HttpGet("Contacts/{id:int}/History")]
    public async Task<IActionResult> Contact(int id, CancellationToken cancellationToken) =>
        await history.OfContactAsync(id, cancellationToken) is { } lines ? PartialView("_Timeline", lines) : NotFound();

    [HttpGet("Leads/{id:int}/History")]
    public async Task<IActionResult> Lead(int id, CancellationToken cancellationToken) =>
        await history.OfLeadAsync(id, cancellationToken) is { } lines ? PartialView("_Timeline", lines) : NotFound();
}
