namespace SimpleCrm.Application.Email;

/// <summary>The SMTP settings form. A blank <see cref="Password"/> keeps the stored one.</summary>
public sealed record SmtpSettingsInput
{
    public string? Host { get; init; }

    public int? Port { get; init; } = 587;

    public SmtpTlsMode TlsMode { get; init; } = SmtpTlsMode.StartTls;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>Forget the stored password (a server that takes none).</summary>
    public bool ClearPassword { get; init; }

    public string? SenderName { get; init; }

    public string? SenderAddress { get; init; }
}
