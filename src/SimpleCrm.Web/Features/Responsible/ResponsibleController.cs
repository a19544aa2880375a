using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Web.Features.Responsible;

/// <summary>Responsible users and their contact counts; a user links to the list filtered to them.</summary>
[Route("Contacts/Responsible")]
public sealed class ResponsibleController(ResponsibleQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListAsync(cancellationToken));
}
