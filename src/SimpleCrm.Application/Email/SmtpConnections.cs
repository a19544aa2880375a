using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Email;

/// <summary>The saved SMTP settings as a transport needs them, the password decrypted only for the send.</summary>
public static class SmtpConnections
{
    /// <summary>The connection, or null while no SMTP server has been set up.</summary>
    public static async Task<SmtpConnection?> CurrentAsync(CrmDbContext db, SmtpPasswordProtection protection, CancellationToken cancellationToken)
    {
        var settings = await db.SmtpSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return settings is null
            ? null
            : new SmtpConnection(
                settings.Host, settings.Port, settings.TlsMode, settings.UserName,
                settings.ProtectedPassword is null ? null : protection.Unprotect(settings.ProtectedPassword),
                settings.SenderName, settings.SenderAddress);
    }
}
