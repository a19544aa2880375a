using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace SimpleCrm.Application.Email;

/// <summary>Turns what MailKit throws into a message key the user can read in their language, with the server's words.</summary>
public static class SmtpErrors
{
    public const string Connect = "Email.Error.Connect";
    public const string Tls = "Email.Error.Tls";
    public const string Authentication = "Email.Error.Authentication";
    public const string Refused = "Email.Error.Refused";
    public const string Timeout = "Email.Error.Timeout";
    public const string Other = "Email.Error.Other";
    public const string MissingAttachment = "Email.Error.MissingAttachment";

    public static IReadOnlyList<string> Keys { get; } = [Connect, Tls, Authentication, Refused, Timeout, Other, MissingAttachment];

    public static SmtpError From(Exception exception)
    {
        var key = exception switch
        {
            SocketException => Connect,
            SslHandshakeException => Tls,
            AuthenticationException => Authentication,
            SmtpCommandException => Refused,
            SmtpProtocolException => Refused,
            TimeoutException or OperationCanceledException => Timeout,
            ServiceNotConnectedException => Connect,
            FileNotFoundException or DirectoryNotFoundException => MissingAttachment,
            _ => Other,
        };
        var detail = exception is SmtpCommandException command
            ? $"{(int)command.StatusCode} {command.Message}"
            : exception.Message;
        detail = detail.ReplaceLineEndings(" ");
        return new SmtpError(key, detail.Length > OutgoingEmail.ErrorMaxLength ? detail[..OutgoingEmail.ErrorMaxLength] : detail);
    }
}
