namespace SimpleCrm.Application.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>How many messages the queue hands to the SMTP server per minute, whatever asked for them.</summary>
    public int MaxPerMinute { get; set; } = 30;
}
