using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>
/// The "Tasks" link of the navigation bar with the user's count of overdue open tasks. The layout
/// shows it twice (beside the menu button on phones, in the menu on wider screens); the count is
/// read once per request (one indexed count) and kept in the request's items.
/// </summary>
public sealed class OverdueTasksViewComponent(TaskQueries queries) : ViewComponent
{
    private const string ItemKey = "SimpleCrm.OverdueTaskCount";

    public async Task<IViewComponentResult> InvokeAsync(bool phone = false)
    {
        if (HttpContext.Items[ItemKey] is not int count)
        {
            count = await queries.OverdueCountAsync(HttpContext.RequestAborted);
            HttpContext.Items[ItemKey] = count;
        }

        return View(phone ? "/Features/Tasks/_TasksNavPhone.cshtml" : "/Features/Tasks/_TasksNav.cshtml", count);
    }
}
