namespace SimpleCrm.Application.Email;

/// <summary>A record's file attached to an email: its name and stored bytes as they were when the email was written.</summary>
public sealed class OutgoingEmailAttachment
{
    public long Id { get; set; }

    public long OutgoingEmailId { get; set; }

    public int FileId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string StoredName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;
}
