namespace SimpleCrm.Application.Reminders;

/// <summary>What the reminder form sends.</summary>
public sealed class ReminderInput
{
    /// <summary>When it rings, in the app's time zone.</summary>
    public DateTime? DueAt { get; set; }

    public string? Text { get; set; }

    /// <summary>An active user's id (Admin and Manager only); none: the user who sets it.</summary>
    public string? UserId { get; set; }
}
