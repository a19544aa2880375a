using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Lists;

namespace SimpleCrm.Web.Features.Lists;

/// <summary>
/// The profile's lists card. A view component, so the profile's controller and view model stay as
/// they are and the card reads its own data.
/// </summary>
public sealed class ContactListsCardViewComponent(ListQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int contactId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var lists = await queries.OfContactAsync(contactId, cancellationToken);
        var others = (await queries.OptionsAsync(cancellationToken)).Where(o => lists.All(l => l.Id != o.Id)).ToList();
        return View("/Features/Lists/_ContactListsCard.cshtml", new ContactListsCardViewModel(contactId, lists, others));
    }
}
