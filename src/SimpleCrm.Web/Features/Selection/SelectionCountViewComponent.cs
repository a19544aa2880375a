using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Selection;

namespace SimpleCrm.Web.Features.Selection;

/// <summary>The "Selected (N)" link of the navigation bar: the basket's count is visible on every page.</summary>
public sealed class SelectionCountViewComponent(SelectionBasket basket) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Features/Selection/_SelectionNav.cshtml", await basket.CountAsync(HttpContext.RequestAborted));
}
