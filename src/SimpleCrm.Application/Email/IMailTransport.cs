using MimeKit;

namespace SimpleCrm.Application.Email;

/// <summary>Hands a message to the SMTP server (MailKit in the app; faked where a test counts sends).</summary>
public interface IMailTransport
{
    /// <summary>Sends the message; throws when the server cannot be reached or refuses it.</summary>
    Task SendAsync(SmtpConnection connection, MimeMessage message, CancellationToken cancellationToken);
}
