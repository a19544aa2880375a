namespace SimpleCrm.Application.Email;

/// <summary>Message keys and history actions of email; each message is a key in the resource files.</summary>
public static class EmailMessages
{
    public const string NotConfigured = "Email.NotConfigured";
    public const string InvalidPort = "Email.InvalidPort";
    public const string AttachmentNotOnRecord = "Email.AttachmentNotOnRecord";

    /// <summary>History action on the record an email was written from; details "recipient: subject".</summary>
    public const string Queued = "EmailQueued";

    /// <summary>History action once the server took the message.</summary>
    public const string Sent = "EmailSent";
}
