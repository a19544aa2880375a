using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Email;

/// <summary>Admin > Email: the SMTP server's settings, validated, the password encrypted at rest, and a test message.</summary>
public sealed class SmtpSettingsAdministration(
    CrmDbContext db, ICurrentUser user, SmtpPasswordProtection protection, IMailTransport transport, MessageBuilder messages, TimeProvider clock)
{
    public async Task<SmtpSettingsView> GetAsync(CancellationToken cancellationToken)
    {
        var settings = await db.SmtpSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            return new SmtpSettingsView(new SmtpSettingsInput(), HasPassword: false, IsConfigured: false);
        }

        var input = new SmtpSettingsInput
        {
            Host = settings.Host,
            Port = settings.Port,
            TlsMode = settings.TlsMode,
            UserName = settings.UserName,
            SenderName = settings.SenderName,
            SenderAddress = settings.SenderAddress,
        };
        return new SmtpSettingsView(input, settings.ProtectedPassword is not null, IsConfigured: true);
    }

    public async Task<Result> SaveAsync(SmtpSettingsInput input, CancellationToken cancellationToken)
    {
        var failures = Validate(input);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        var settings = await db.SmtpSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new SmtpSettings();
            db.SmtpSettings.Add(settings);
        }

        settings.Host = input.Host!.Trim();
        settings.Port = input.Port!.Value;
        settings.TlsMode = input.TlsMode;
        settings.UserName = string.IsNullOrWhiteSpace(input.UserName) ? null : input.UserName.Trim();
        settings.SenderName = input.SenderName?.Trim() ?? string.Empty;
        settings.SenderAddress = input.SenderAddress!.Trim();
        if (input.ClearPassword)
        {
            settings.ProtectedPassword = null;
        }
        else if (!string.IsNullOrEmpty(input.Password))
        {
            settings.ProtectedPassword = protection.Protect(input.Password);
        }

        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        settings.UpdatedById = user.UserId;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Sends a short message to <paramref name="to"/> through the saved settings; null when it went, else why not.</summary>
    public async Task<Result<SmtpError?>> SendTestAsync(string? to, CancellationToken cancellationToken)
    {
        var address = to?.Trim() ?? string.Empty;
        if (!FieldRules.IsEmail(address))
        {
            return Result<SmtpError?>.Fail(new Failure(address.Length == 0 ? Messages.Required : Messages.InvalidEmail, "TestTo"));
        }

        var connection = await SmtpConnections.CurrentAsync(db, protection, cancellationToken);
        if (connection is null)
        {
            return Result<SmtpError?>.Fail(new Failure(EmailMessages.NotConfigured));
        }

        try
        {
            using var message = messages.Build(connection, address, "SimpleCrm: test", "SimpleCrm can send email through " + connection.Host + ".", []);
            await transport.SendAsync(connection, message, cancellationToken);
            return Result<SmtpError?>.Ok(null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Result<SmtpError?>.Ok(SmtpErrors.From(exception));
        }
    }

    private static List<Failure> Validate(SmtpSettingsInput input)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, input.Host, nameof(input.Host));
        FieldRules.MaxLength(failures, input.Host, SmtpSettings.HostMaxLength, nameof(input.Host));
        if (input.Host is { } host && host.Trim().Length > 0 && Uri.CheckHostName(host.Trim()) == UriHostNameType.Unknown)
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.Host)));
        }

        if (input.Port is not (>= 1 and <= 65535))
        {
            failures.Add(new Failure(EmailMessages.InvalidPort, nameof(input.Port)));
        }

        if (!Enum.IsDefined(input.TlsMode))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.TlsMode)));
        }

        FieldRules.MaxLength(failures, input.UserName, SmtpSettings.UserNameMaxLength, nameof(input.UserName));
        FieldRules.MaxLength(failures, input.SenderName, SmtpSettings.SenderNameMaxLength, nameof(input.SenderName));
        FieldRules.Require(failures, input.SenderAddress, nameof(input.SenderAddress));
        if (!string.IsNullOrWhiteSpace(input.SenderAddress) && !FieldRules.IsEmail(input.SenderAddress.Trim()))
        {
            failures.Add(new Failure(Messages.InvalidEmail, nameof(input.SenderAddress)));
        }

        return failures;
    }
}
