using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.LeadContactPersons;

/// <summary>The contact persons tab of the lead card: the tab reads its own data.</summary>
public sealed class LeadContactPersonsViewComponent(SimpleCrm.Application.Leads.LeadContactPersons people) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int leadId)
    {
        var list = await people.OfLeadAsync(leadId, HttpContext.RequestAborted) ?? [];
        return View("/Features/LeadContactPersons/_People.cshtml", new LeadContactPersonsViewModel(leadId, list));
    }
}
