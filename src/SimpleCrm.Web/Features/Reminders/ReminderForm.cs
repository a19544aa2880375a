using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Reminders;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>
/// What the reminder form posts, as text: the date and time ("2026-11-25T14:30", as a datetime-local
/// input sends it) is read here, so a mangled value gets our message on its field.
/// </summary>
public sealed class ReminderForm
{
    public const string DueInvalid = "Reminders.DueInvalid";

    private static readonly string[] Formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    public string? DueAt { get; set; }

    public string? Text { get; set; }

    public string? UserId { get; set; }

    /// <summary>A new form: due in an hour, on the minute.</summary>
    public static ReminderForm Starting(DateTime localNow) =>
        new() { DueAt = localNow.AddHours(1).AddSeconds(-localNow.Second).ToString(Formats[0], CultureInfo.InvariantCulture) };

    /// <summary>The service's input, or the fields that could not be read.</summary>
    public (ReminderInput Input, List<Failure> Failures) ToInput()
    {
        var failures = new List<Failure>();
        var input = new ReminderInput { Text = Text, UserId = UserId };
        if (!string.IsNullOrWhiteSpace(DueAt))
        {
            if (DateTime.TryParseExact(DueAt.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                input.DueAt = due;
            }
            else
            {
                failures.Add(new Failure(DueInvalid, nameof(DueAt)));
            }
        }

        return (input, failures);
    }
}
