using Microsoft.AspNetCore.Identity;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Administration;

/// <summary>Turns Identity's errors into our message keys ("Identity.PasswordTooShort"), tied to form fields.</summary>
internal static class IdentityFailures
{
    private static readonly HashSet<string> KnownCodes =
    [
        nameof(IdentityErrorDescriber.DuplicateEmail),
        nameof(IdentityErrorDescriber.DuplicateUserName),
        nameof(IdentityErrorDescriber.InvalidEmail),
        nameof(IdentityErrorDescriber.InvalidUserName),
        nameof(IdentityErrorDescriber.PasswordTooShort),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit),
        nameof(IdentityErrorDescriber.PasswordRequiresLower),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars),
    ];

    public static Failure[] From(IdentityResult result, string passwordField) =>
        [.. result.Errors.Select(e => KnownCodes.Contains(e.Code)
            ? new Failure("Identity." + e.Code, e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : "Email")
            : new Failure("Users.SaveFailed"))];
}
