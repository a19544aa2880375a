namespace SimpleCrm.Application.Email;

/// <summary>
/// A message written on a record (a lead, a contact), stored before it is sent so nothing is lost:
/// the queue sends it, records each attempt and keeps the last error for the user to see.
/// </summary>
public sealed class OutgoingEmail
{
    public const int ToMaxLength = 320;
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 50_000;
    public const int ErrorMaxLength = 1000;
    public const int ErrorKeyMaxLength = 100;

    public long Id { get; set; }

    /// <summary>
    /// One of <see cref="SimpleCrm.Application.History.HistoryRecordTypes"/>, or a system mail's owner
    /// (<see cref="SimpleCrm.Application.Reminders.Reminder.EmailRecordType"/>), which is on no record's timeline.
    /// </summary>
    public string RecordType { get; set; } = string.Empty;

    public int RecordId { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public OutgoingEmailStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>What went wrong last, as a resource key of <see cref="SmtpErrors"/>; null once sent.</summary>
    public string? LastErrorKey { get; set; }

    /// <summary>The server's or the network's own words for it (untranslated), shown after the key's text.</summary>
    public string? LastError { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public List<OutgoingEmailAttachment> Attachments { get; set; } = [];
}
