using System.Text;

namespace SimpleCrm.Application.Common;

/// <summary>Plain ASCII for generated addresses: diacritics folded, Cyrillic transliterated.</summary>
public static class Transliteration
{
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n",
        ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f",
        ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ы'] = "y",
        ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    public static string ToAscii(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in TextFolding.Fold(text))
        {
            if (Cyrillic.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
