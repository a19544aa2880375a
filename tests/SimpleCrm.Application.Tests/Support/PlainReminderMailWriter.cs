using SimpleCrm.Application.Reminders;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>Words reminder emails without the web app's resource files: the text, the target and the time, so a test can find them.</summary>
public sealed class PlainReminderMailWriter : IReminderMailWriter
{
    public (string Subject, string Body) Write(ReminderMail mail) =>
        ($"Reminder: {mail.Text}", $"{mail.Text}\n{mail.TargetType}: {mail.TargetName}\n{mail.DueAt:yyyy-MM-dd HH:mm}");
}
