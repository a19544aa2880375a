using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SimpleCrm.Application.Email;

/// <summary>Sends through MailKit's SMTP client, one connection per message.</summary>
public sealed class MailKitTransport : IMailTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(SmtpConnection connection, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var options = connection.TlsMode switch
        {
            SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
            SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(connection.Host, connection.Port, options, cancellationToken);
        if (!string.IsNullOrEmpty(connection.UserName))
        {
            await client.AuthenticateAsync(connection.UserName, connection.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
