namespace SimpleCrm.Application.Email;

/// <summary>What a transport needs to reach the SMTP server, the password in clear (never stored like this).</summary>
public sealed record SmtpConnection(string Host, int Port, SmtpTlsMode TlsMode, string? UserName, string? Password, string SenderName, string SenderAddress);
