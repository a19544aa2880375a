namespace SimpleCrm.Application.Email;

/// <summary>
/// The one SMTP server outgoing mail goes through (a single row, <see cref="SingletonId"/>). The
/// password is kept only as Data Protection ciphertext and never shown back.
/// </summary>
public sealed class SmtpSettings
{
    public const int SingletonId = 1;
    public const int HostMaxLength = 255;
    public const int UserNameMaxLength = 255;
    public const int AddressMaxLength = 320;
    public const int SenderNameMaxLength = 200;
    public const int ProtectedPasswordMaxLength = 2000;

    public int Id { get; set; } = SingletonId;

    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTls;

    public string? UserName { get; set; }

    /// <summary>The password protected with <see cref="SmtpPasswordProtection"/>; null when the server needs none.</summary>
    public string? ProtectedPassword { get; set; }

    public string SenderName { get; set; } = string.Empty;

    public string SenderAddress { get; set; } = string.Empty;

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
