namespace SimpleCrm.Application.Email;

/// <summary>The settings form's content: the stored values, the password only as whether one is stored.</summary>
public sealed record SmtpSettingsView(SmtpSettingsInput Input, bool HasPassword, bool IsConfigured);
