namespace SimpleCrm.Application.Reminders;

/// <summary>
/// Words the reminder email in the user's language. The texts live in the web app's resource files,
/// so the web app supplies it; tests supply a plain one.
/// </summary>
public interface IReminderMailWriter
{
    (string Subject, string Body) Write(ReminderMail mail);
}
