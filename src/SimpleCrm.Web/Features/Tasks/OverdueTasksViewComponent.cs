using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>The "Tasks" link of the navigation bar with the user's count of overdue open tasks (one indexed count per page).</summary>
public sealed class OverdueTasksViewComponent(TaskQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Tasks/_TasksNav.cshtml", await queries.OverdueCountAsync(HttpContext.RequestAborted));
}
