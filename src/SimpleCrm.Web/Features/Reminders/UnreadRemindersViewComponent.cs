using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>The bell of the navigation bar with the user's count of rung, unread reminders (one indexed count per request).</summary>
public sealed class UnreadRemindersViewComponent(ReminderQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool phone = false)
    {
        var count = await HttpContext.OncePerRequestAsync("SimpleCrm.UnreadReminderCount", queries.UnreadCountAsync);
        return View(phone ? "/Features/Reminders/_RemindersNavPhone.cshtml" : "/Features/Reminders/_RemindersNav.cshtml", count);
    }
}
