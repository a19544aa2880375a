namespace SimpleCrm.Application.Reminders;

/// <summary>What a reminder's email says: <see cref="DueAt"/> in the app's time zone, written in <see cref="Culture"/>.</summary>
public sealed record ReminderMail(string? Culture, string TargetType, string? TargetName, string Text, DateTime DueAt);
