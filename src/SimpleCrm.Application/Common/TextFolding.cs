using System.Globalization;
using System.Text;

namespace SimpleCrm.Application.Common;

/// <summary>
/// Folds text for search and sorting: lower case, no diacritics ("Łódź" → "lodz"), Cyrillic kept.
/// Stored folded columns let the database search and sort with plain LIKE and binary order on
/// both providers, without depending on a collation.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    // Keep the breve of Cyrillic "й": dropping it would turn "й" into "и".
                    if (c == '\u0306' && builder.Length > 0 && builder[^1] == 'и')
                    {
                        builder[^1] = 'й';
                    }

                    continue;
                default:
                    builder.Append(Replace(c));
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Letters that Unicode does not decompose into a base letter and a mark.</summary>
    private static string Replace(char c) => c switch
    {
        'ł' => "l",
        'đ' => "d",
        'ø' => "o",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ё' => "е",
        _ => c.ToString(),
    };

    /// <summary>Only the digits of a text, for matching phone fragments typed with any punctuation.</summary>
    public static string Digits(string? text) =>
        text is null ? string.Empty : new string(text.Where(char.IsAsciiDigit).ToArray());
}
