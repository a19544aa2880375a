using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>The tasks of a record, on the lead card's tab and on the contact profile: the card reads its own data.</summary>
public sealed class RecordTasksViewComponent(TaskQueries queries, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RecordRef record)
    {
        var tasks = await queries.OfRecordAsync(record, HttpContext.RequestAborted) ?? [];
        var here = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("/Features/Tasks/_RecordTasks.cshtml", new RecordTasksViewModel(record, tasks, TaskDates.Today(clock), here));
    }
}
