namespace SimpleCrm.Application.Activities;

/// <summary>What the log form sends: the type, when (in the app's time zone; none: now), duration, outcome and text.</summary>
public sealed class ActivityInput
{
    public ActivityType? Type { get; set; }

    public DateTime? At { get; set; }

    public int? DurationMinutes { get; set; }

    public string? Outcome { get; set; }

    public string? Text { get; set; }
}
