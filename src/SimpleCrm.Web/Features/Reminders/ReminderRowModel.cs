using SimpleCrm.Application.Reminders;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>One reminder in a list; <see cref="ShowTarget"/> on the reminders page, not on the target's own card.</summary>
public sealed record ReminderRowModel(ReminderListItem Reminder, string? ReturnUrl, bool ShowTarget);
