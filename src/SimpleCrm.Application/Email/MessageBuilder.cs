using MimeKit;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.Email;

/// <summary>Builds the MIME message: sender from the settings, a plain-text body, attachments from the file store.</summary>
public sealed class MessageBuilder(FileStore store)
{
    /// <summary>The message; the caller disposes it.</summary>
    public MimeMessage Build(SmtpConnection connection, string to, string subject, string body, IEnumerable<MessageAttachment> attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(connection.SenderName, connection.SenderAddress));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var builder = new BodyBuilder { TextBody = body };
        foreach (var attachment in attachments)
        {
            var type = ContentType.TryParse(attachment.ContentType, out var parsed) ? parsed : new ContentType("application", "octet-stream");
            // MimeKit copies the content, so the file is closed again at once.
            using var content = store.OpenRead(attachment.StoredName);
            builder.Attachments.Add(attachment.FileName, content, type);
        }

        message.Body = builder.ToMessageBody();
        return message;
    }
}
