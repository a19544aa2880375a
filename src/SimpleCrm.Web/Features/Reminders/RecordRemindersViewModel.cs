using SimpleCrm.Application.Reminders;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>A target's pending reminders of the user with the form to set one.</summary>
public sealed record RecordRemindersViewModel(ReminderFormViewModel Add, IReadOnlyList<ReminderListItem> Pending);
