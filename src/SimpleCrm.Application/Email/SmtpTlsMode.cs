namespace SimpleCrm.Application.Email;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpTlsMode
{
    None = 0,
    StartTls = 1,
    SslOnConnect = 2,
}
