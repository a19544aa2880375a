using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>The user's pending reminders on a lead, contact or task, with the form to set one: the card reads its own data.</summary>
public sealed class RecordRemindersViewComponent(ReminderQueries queries, UserDirectory users, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RecordRef target)
    {
        var pending = await queries.OfTargetAsync(target, HttpContext.RequestAborted) ?? [];
        var here = HttpContext.Request.Path + HttpContext.Request.QueryString;
        var form = ReminderForm.Starting(TaskCalendar.At(clock).ToLocal(clock.GetUtcNow().UtcDateTime));
        var choices = queries.MayRemindOthers ? await users.ListActiveAsync(HttpContext.RequestAborted) : [];
        return View("/Features/Reminders/_RecordReminders.cshtml", new RecordRemindersViewModel(new ReminderFormViewModel(target, form, choices, here), pending));
    }
}
