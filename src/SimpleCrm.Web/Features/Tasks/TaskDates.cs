using System.Globalization;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>Today in the app's time zone as a date input wants it ("2026-11-25"): the quick add's default due date.</summary>
public static class TaskDates
{
    public static string Today(TimeProvider clock) =>
        TaskCalendar.At(clock).ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
