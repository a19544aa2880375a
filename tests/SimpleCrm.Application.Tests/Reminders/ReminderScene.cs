using SimpleCrm.Application.Common;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Reminders;

/// <summary>Shortcuts of the reminder tests: set one through the real command, run the job, read the bell.</summary>
internal static class ReminderScene
{
    public static async Task<int> AddReminderAsync(this TestDatabase database, ICurrentUser user, RecordRef target, string text, DateTime dueLocal, string? forUserId = null)
    {
        await using var db = database.Context(user);
        var result = await database.ReminderCommands(db, user).CreateAsync(target, new ReminderInput { Text = text, DueAt = dueLocal, UserId = forUserId }, "pl", CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }

    /// <summary>One run of the job on a context of its own, as one Hangfire worker would run it.</summary>
    public static async Task<int> DeliverAsync(this TestDatabase database, RecordingEmailScheduler scheduler)
    {
        await using var db = database.Context(new SystemUser());
        return await database.ReminderDelivery(db, scheduler).DeliverDueAsync(CancellationToken.None);
    }

    public static async Task<int> UnreadAsync(this TestDatabase database, ICurrentUser user)
    {
        await using var db = database.Context(user);
        return await database.ReminderQueries(db, user).UnreadCountAsync(CancellationToken.None);
    }

    /// <summary>The app's local time <paramref name="minutes"/> from the test clock's now (the clock's zone is UTC unless a test sets another).</summary>
    public static DateTime InMinutes(this TestDatabase database, double minutes) =>
        TimeZoneInfo.ConvertTimeFromUtc(database.Clock.Now.UtcDateTime.AddMinutes(minutes), database.Clock.Zone);
}
