using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Deals;

namespace SimpleCrm.Web.Features.Deals;

/// <summary>The "Deals" card of a contact's profile: the contact's deals the user may see, and the way to start a new one.</summary>
public sealed class ContactDealsViewComponent(DealQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int contactId) =>
        View("/Features/Deals/_ContactDeals.cshtml", new ContactDealsViewModel(contactId, await queries.ForContactAsync(contactId, HttpContext.RequestAborted)));
}
