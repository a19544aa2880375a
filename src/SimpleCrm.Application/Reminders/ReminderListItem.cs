using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Reminders;

/// <summary>A reminder as the lists show it; <see cref="DueAt"/> in the app's time zone.</summary>
public sealed record ReminderListItem(
    int Id, RecordRef Target, string? TargetName, string Text, DateTime DueAt, string? UserName, bool IsDelivered, bool IsRead);
