using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// Seals the wizard's state into the hidden field between steps and opens it again: a token changed by
/// the client, issued to another user or older than a day opens to nothing, and the wizard starts over.
/// The key ring is the app's (shared by its instances), so any instance opens any instance's token.
/// </summary>
public sealed class ImportWizardTokens(IDataProtectionProvider protection, ICurrentUser user, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IDataProtector _protector = protection.CreateProtector("SimpleCrm.ImportWizard.v1");

    public string Seal(ImportWizardState state) =>
        _protector.Protect(JsonSerializer.Serialize(state with { IssuedAt = clock.GetUtcNow() }, Json));

    public ImportWizardState? Open(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize<ImportWizardState>(_protector.Unprotect(token), Json);
            return state is not null && state.UserId == user.UserId && clock.GetUtcNow() - state.IssuedAt < Lifetime ? state : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
