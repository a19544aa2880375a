namespace SimpleCrm.Application.Deals;

/// <summary>
/// The board's time-bound highlights: overdue (open, past its close-by date) and idle (no stage
/// change or activity for N days). Kept apart from <see cref="DealFiltering"/>, which needs no clock.
/// </summary>
public static class DealHighlights
{
    public const int MaxIdleDays = 3650;

    /// <summary>The idle threshold the filter asks for, within sane bounds; the default when none.</summary>
    public static int IdleDaysOf(DealFilter filter) => Math.Clamp(filter.IdleDays ?? DealFilter.DefaultIdleDays, 1, MaxIdleDays);

    /// <summary>The filter, then only overdue deals when it asks for them.</summary>
    public static IQueryable<Deal> FilteredAt(this IQueryable<Deal> deals, DealFilter filter, DateOnly today)
    {
        deals = deals.Filtered(filter);
        return filter.OverdueOnly ? deals.Where(d => d.IsOpen && d.CloseBy < today) : deals;
    }

    public static bool IsOverdue(bool isOpen, DateOnly? closeBy, DateOnly today) => isOpen && closeBy < today;

    /// <summary>Whole days since the last stage change or activity, when at least <paramref name="idleDays"/>; null when not idle.</summary>
    public static int? IdleFor(bool isOpen, DateTime lastActivityAt, DateTime now, int idleDays)
    {
        var days = (int)(now - lastActivityAt).TotalDays;
        return isOpen && days >= idleDays ? days : null;
    }
}
