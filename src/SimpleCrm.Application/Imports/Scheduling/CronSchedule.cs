using Cronos;

namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>
/// Five-field cron expressions as Hangfire reads them, in the app's time zone (the clock's local zone, as
/// tasks' due dates are): validated with Cronos, the next run computed, the presets named.
/// </summary>
public static class CronSchedule
{
    public const string Hourly = "0 * * * *";

    public const string DailyAtSix = "0 6 * * *";

    public const string EveryFifteenMinutes = "*/15 * * * *";

    /// <summary>The presets the form offers, with the resource key that says each in words.</summary>
    public static IReadOnlyList<(string Cron, string Key)> Presets { get; } =
    [
        (EveryFifteenMinutes, "ScheduledImports.Cron.Every15"),
        (Hourly, "ScheduledImports.Cron.Hourly"),
        (DailyAtSix, "ScheduledImports.Cron.DailyAt6"),
    ];

    public static bool IsValid(string? cron) => Parse(cron) is not null;

    /// <summary>The next time (UTC) after <paramref name="fromUtc"/> with the cron read in <paramref name="zone"/>, or null for an invalid or never-firing expression.</summary>
    public static DateTime? Next(string cron, DateTime fromUtc, TimeZoneInfo zone) =>
        Parse(cron)?.GetNextOccurrence(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), zone);

    /// <summary>A preset's resource key, or null when the expression is no preset (shown as it is).</summary>
    public static string? WordsKey(string cron) =>
        Presets.FirstOrDefault(p => p.Cron == Normalize(cron)).Key;

    public static string Normalize(string? cron) =>
        string.Join(' ', (cron ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static CronExpression? Parse(string? cron)
    {
        var normalized = Normalize(cron);
        if (normalized.Length == 0 || normalized.Length > ScheduledImport.CronMaxLength)
        {
            return null;
        }

        try
        {
            return CronExpression.Parse(normalized, CronFormat.Standard);
        }
        catch (CronFormatException)
        {
            return null;
        }
    }
}
