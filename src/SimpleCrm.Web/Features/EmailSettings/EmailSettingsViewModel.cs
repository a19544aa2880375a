using SimpleCrm.Application.Email;

namespace SimpleCrm.Web.Features.EmailSettings;

/// <summary>Admin > Email: the settings form, whether a password is stored, and the test email's address.</summary>
public sealed record EmailSettingsViewModel(SmtpSettingsInput Input, bool HasPassword, bool IsConfigured, string? TestTo = null);
