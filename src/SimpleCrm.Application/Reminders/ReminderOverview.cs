namespace SimpleCrm.Application.Reminders;

/// <summary>The user's reminders page: the ones that rang (newest first) and the ones still to ring (soonest first).</summary>
public sealed record ReminderOverview(IReadOnlyList<ReminderListItem> Delivered, IReadOnlyList<ReminderListItem> Pending);
