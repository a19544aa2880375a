using Microsoft.AspNetCore.DataProtection;

namespace SimpleCrm.Application.Email;

/// <summary>The SMTP password at rest: Data Protection ciphertext under its own purpose, sharing the app's key ring.</summary>
public sealed class SmtpPasswordProtection(IDataProtectionProvider provider)
{
    private const string Purpose = "SimpleCrm.Email.SmtpPassword.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string password) => _protector.Protect(password);

    public string Unprotect(string protectedPassword) => _protector.Unprotect(protectedPassword);
}
