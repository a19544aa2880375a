using System.Globalization;
using System.Text;

namespace SimpleCrm.Application.Imports.Mapping;

/// <summary>
/// A header or field name reduced to what a person would call "the same word": lower case, no
/// diacritics, no spaces or punctuation. "E-mail", "e mail" and "EMAIL" all fold to "email",
/// "El. paštas" to "elpastas", "Imię" to "imie"; Cyrillic letters stay (only their marks go).
/// </summary>
public static class ImportHeaderFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || !char.IsLetterOrDigit(c))
            {
                continue;
            }

            builder.Append(Unmarked(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    /// <summary>Letters whose stroke is part of the letter, so decomposition leaves them alone (Polish ł, Croatian đ, Cyrillic ё and й decompose already).</summary>
    private static char Unmarked(char c) => c switch
    {
        'ł' => 'l',
        'đ' => 'd',
        'ø' => 'o',
        'ß' => 's',
        _ => c,
    };
}
