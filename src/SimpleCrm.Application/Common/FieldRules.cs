using System.Net.Mail;

namespace SimpleCrm.Application.Common;

/// <summary>Checks of single form fields shared by the contact and lead validators.</summary>
public static class FieldRules
{
    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>An http(s) address with a dotted host; "firma.pl" counts (https:// is implied).</summary>
    public static bool IsWebsite(string value)
    {
        var candidate = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>An ISO 4217-like code: three ASCII letters ("PLN", "eur").</summary>
    public static bool IsCurrencyCode(string value) => value.Length == 3 && value.All(char.IsAsciiLetter);

    public static void Require(List<Failure> failures, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(new Failure(Messages.Required, field));
        }
    }

    public static void MaxLength(List<Failure> failures, string? value, int max, string field)
    {
        if (value is not null && value.Trim().Length > max)
        {
            failures.Add(new Failure(Messages.TooLong, field));
        }
    }
}
