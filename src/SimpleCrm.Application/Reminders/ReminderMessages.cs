namespace SimpleCrm.Application.Reminders;

/// <summary>Message keys and the history action of reminders; each message is a key in the resource files.</summary>
public static class ReminderMessages
{
    public const string OnlyForYourself = "Reminders.OnlyForYourself";
    public const string UserInactive = "Reminders.UserInactive";
    public const string UserCannotSee = "Reminders.UserCannotSee";

    /// <summary>History action on the lead or contact a reminder was set on.</summary>
    public const string Set = "ReminderSet";

    /// <summary>History action on the contact a converted lead's reminders moved to.</summary>
    public const string Arrived = "RemindersArrived";
}
