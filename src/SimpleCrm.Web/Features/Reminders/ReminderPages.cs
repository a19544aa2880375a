using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>Where a reminder's target lives on screen: the lead card's reminders tab, the contact's profile, the task's form.</summary>
public static class ReminderPages
{
    public static string PageOf(this IUrlHelper url, RecordRef target) => target.Type == Reminder.TaskType
        ? url.Action("Edit", "Tasks", new { id = target.Id })!
        : url.PageOf(target, LeadCardTabs.Reminders);
}
