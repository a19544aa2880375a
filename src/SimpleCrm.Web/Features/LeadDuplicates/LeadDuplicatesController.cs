using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.LeadDuplicates;

/// <summary>"Find duplicates": leads (and the contacts beside them) sharing an email, phone, company code, name or company, one kind at a time.</summary>
[Route("Leads/Duplicates")]
public sealed class LeadDuplicatesController(LeadDuplicateGroups groups) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(LeadDuplicateReason by, int page, CancellationToken cancellationToken) =>
        View(await groups.FindAsync(by, page, cancellationToken));
}
