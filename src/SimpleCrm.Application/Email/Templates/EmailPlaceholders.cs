using System.Text.RegularExpressions;

namespace SimpleCrm.Application.Email.Templates;

/// <summary>
/// The placeholders of email templates: {FirstName}, {LastName}, {Company}, {Owner} (the record's
/// responsible user) and {Email}. A placeholder is a word in braces; any other word in braces is
/// unknown and refused when the template is saved, so a typo never reaches a customer.
/// </summary>
public static partial class EmailPlaceholders
{
    public static readonly IReadOnlyList<string> Names = ["FirstName", "LastName", "Company", "Owner", "Email"];

    /// <summary>The unknown placeholders of a text, as typed ("{Frstname}"), each once.</summary>
    public static IReadOnlyList<string> Unknown(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : [.. Placeholder().Matches(text).Where(m => !Names.Contains(m.Groups[1].Value, StringComparer.Ordinal)).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The text with each placeholder replaced by its value as plain text, in one pass: a value that
    /// itself looks like a placeholder ("{Owner}" typed as a company name) stays as it is.
    /// </summary>
    public static string Render(string text, EmailPlaceholderValues values) =>
        Placeholder().Replace(text, m => m.Groups[1].Value switch
        {
            "FirstName" => values.FirstName ?? string.Empty,
            "LastName" => values.LastName ?? string.Empty,
            "Company" => values.Company ?? string.Empty,
            "Owner" => values.Owner ?? string.Empty,
            "Email" => values.Email ?? string.Empty,
            _ => m.Value,
        });

    [GeneratedRegex(@"\{(\p{L}[\p{L}\p{Nd}_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
