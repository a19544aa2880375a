namespace SimpleCrm.Application.Reminders;

/// <summary>
/// A time at which a user is told about a record (a lead, a contact) or a task: in the app (the bell)
/// and by email. Its delivery state lives here, not in Hangfire: <see cref="DeliveredAt"/> is set by
/// one conditional UPDATE of the delivery job, so a reminder is delivered once even when two runs
/// overlap, and one that fell due while the app was down is delivered by the first run after.
/// </summary>
public sealed class Reminder
{
    public const int TextMaxLength = 1000;

    /// <summary>The <see cref="RecordType"/> of a reminder on a task (leads and contacts use <see cref="SimpleCrm.Application.History.HistoryRecordTypes"/>).</summary>
    public const string TaskType = "Task";

    /// <summary>
    /// The <see cref="SimpleCrm.Application.Email.OutgoingEmail.RecordType"/> of a reminder's email, whose RecordId is the
    /// reminder's: a system mail to a user, not a record's email, so it is on no timeline.
    /// </summary>
    public const string EmailRecordType = "Reminder";

    public int Id { get; set; }

    /// <summary>Lead, Contact or <see cref="TaskType"/>.</summary>
    public string RecordType { get; set; } = string.Empty;

    public int RecordId { get; set; }

    /// <summary>Whom it reminds.</summary>
    public string UserId { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    /// <summary>When it rings, in UTC.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>The language its email is written in: the creator's, as the app knows no user's own.</summary>
    public string? Culture { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    /// <summary>When the delivery job claimed it: from then on it shows under the bell and its email is queued.</summary>
    public DateTime? DeliveredAt { get; set; }

    /// <summary>The delivery run that claimed it, so that run reads back exactly the rows it won.</summary>
    public Guid? DeliveryRun { get; set; }

    /// <summary>When the user opened it; unread until then.</summary>
    public DateTime? ReadAt { get; set; }
}
