namespace SimpleCrm.Application.Email;

/// <summary>An email as the record's Emails list shows it.</summary>
public sealed record OutgoingEmailItem(
    long Id, string To, string Subject, string Body, OutgoingEmailStatus Status, int Attempts, string? LastErrorKey, string? LastError,
    DateTime CreatedAt, DateTime? SentAt, string? AuthorName, IReadOnlyList<string> AttachmentNames);
