using System.Globalization;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Web.Features.Activities;

/// <summary>
/// What the log form posts, as text: the type (a call, meeting or visit — or a note, which goes to
/// the notes), when ("2026-11-25T14:30", empty: now) and the duration are read here, so a mangled
/// value gets our message on its field rather than the binder's English one.
/// </summary>
public sealed class ActivityForm
{
    /// <summary>The form's fourth type: a note, kept by the notes feature (one notion of note).</summary>
    public const string NoteType = "Note";

    public const string AtInvalid = "Activities.AtInvalid";

    public const string DurationInvalid = "Activities.DurationInvalid";

    /// <summary>What the type list offers, in its order.</summary>
    public static IReadOnlyList<string> Types { get; } = [.. Enum.GetNames<ActivityType>(), NoteType];

    public string? Type { get; set; }

    public string? At { get; set; }

    public string? DurationMinutes { get; set; }

    public string? Outcome { get; set; }

    public string? Text { get; set; }

    public bool IsNote => Type == NoteType;

    public static ActivityForm From(ActivityInput input) => new()
    {
        Type = input.Type?.ToString(),
        At = input.At?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        DurationMinutes = input.DurationMinutes?.ToString(CultureInfo.InvariantCulture),
        Outcome = input.Outcome,
        Text = input.Text,
    };

    /// <summary>The service's input, or the fields that could not be read.</summary>
    public (ActivityInput Input, List<Failure> Failures) ToInput()
    {
        var failures = new List<Failure>();
        var input = new ActivityInput { Outcome = Outcome, Text = Text };
        // Only a name of the list: a number ("2") would otherwise pass as a type.
        if (Type is not null && !char.IsDigit(Type.FirstOrDefault()) && Enum.TryParse<ActivityType>(Type, ignoreCase: false, out var type) && Enum.IsDefined(type))
        {
            input.Type = type;
        }

        if (!string.IsNullOrWhiteSpace(At))
        {
            if (DateTime.TryParseExact(At.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                input.At = at;
            }
            else
            {
                failures.Add(new Failure(AtInvalid, nameof(At)));
            }
        }

        if (!string.IsNullOrWhiteSpace(DurationMinutes))
        {
            if (int.TryParse(DurationMinutes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            {
                input.DurationMinutes = minutes;
            }
            else
            {
                failures.Add(new Failure(DurationInvalid, nameof(DurationMinutes)));
            }
        }

        return (input, failures);
    }
}
