namespace SimpleCrm.Application.Reminders;

/// <summary>
/// The user's reminders page: the ones that rang (newest first) and the ones still to ring (soonest
/// first, the first <see cref="ReminderQueries.PendingLimit"/>; <paramref name="MorePending"/> when there are more).
/// </summary>
public sealed record ReminderOverview(IReadOnlyList<ReminderListItem> Delivered, IReadOnlyList<ReminderListItem> Pending, bool MorePending = false);
