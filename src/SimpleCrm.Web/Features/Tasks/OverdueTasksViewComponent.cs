using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>The "Tasks" link of the navigation bar with the user's count of overdue open tasks (one indexed count per request).</summary>
public sealed class OverdueTasksViewComponent(TaskQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool phone = false)
    {
        var count = await HttpContext.OncePerRequestAsync("SimpleCrm.OverdueTaskCount", queries.OverdueCountAsync);
        return View(phone ? "/Features/Tasks/_TasksNavPhone.cshtml" : "/Features/Tasks/_TasksNav.cshtml", count);
    }
}
