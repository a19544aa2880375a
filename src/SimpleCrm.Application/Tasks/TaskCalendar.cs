namespace SimpleCrm.Application.Tasks;

/// <summary>
/// The day boundaries that sort tasks into overdue, today, this week and later. The app stores UTC;
/// "today" is the day in the app's time zone (<see cref="TimeProvider.LocalTimeZone"/>, the server's
/// zone in production: one company, one office time). Weeks end on Sunday night, as in the
/// countries SimpleCrm serves.
/// </summary>
public sealed record TaskCalendar(DateTime Now, DateTime TomorrowStart, DateTime NextWeekStart, TimeZoneInfo Zone)
{
    /// <summary>A due date without a time is due at the end of that day: overdue from midnight.</summary>
    public static readonly TimeOnly EndOfDay = new(23, 59, 59);

    public static TaskCalendar At(TimeProvider clock)
    {
        var zone = clock.LocalTimeZone;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = TimeZoneInfo.ConvertTimeFromUtc(now, zone).Date;
        var toMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        var calendar = new TaskCalendar(now, default, default, zone);
        return calendar with
        {
            TomorrowStart = calendar.ToUtc(today.AddDays(1)),
            NextWeekStart = calendar.ToUtc(today.AddDays(toMonday == 0 ? 7 : toMonday)),
        };
    }

    /// <summary>The UTC instant a due date (and time) in the app's zone stands for.</summary>
    public DateTime? DueAt(DateOnly? date, TimeOnly? time) =>
        date is { } day ? ToUtc(day.ToDateTime(time ?? EndOfDay)) : null;

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    private DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A time skipped by the spring clock change does not exist: take the hour after it.
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }
}
