namespace SimpleCrm.Application.Email;

/// <summary>Why a send failed: a resource key in the user's language and the server's own (untranslated) words.</summary>
public sealed record SmtpError(string MessageKey, string Detail);
