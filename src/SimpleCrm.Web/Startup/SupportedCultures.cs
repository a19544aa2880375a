using System.Globalization;

namespace SimpleCrm.Web.Startup;

/// <summary>The five languages of SimpleCrm, each named in its own language for the switcher.</summary>
public static class SupportedCultures
{
    public const string Default = "en";

    public static IReadOnlyList<(string Code, string NativeName)> All { get; } =
    [
        ("en", "English"),
        ("pl", "Polski"),
        ("lt", "Lietuvių"),
        ("sk", "Slovenčina"),
        ("ru", "Русский"),
    ];

    public static CultureInfo[] Cultures { get; } = [.. All.Select(c => new CultureInfo(c.Code))];

    public static bool IsSupported(string? code) => All.Any(c => c.Code == code);
}
