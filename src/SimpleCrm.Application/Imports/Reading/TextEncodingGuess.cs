using System.Text;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Tells the encoding of a text file from its first bytes: a byte order mark says it outright; bytes that
/// are valid UTF-8 are UTF-8; otherwise each Windows code page decodes the sample and the one whose
/// non-ASCII characters read most like words of our users' languages wins (a Polish "ż" is a letter of
/// a Latin word in 1250 but an "ї" glued to Latin letters in 1251 and a "¿" in 1252).
/// </summary>
internal static class TextEncodingGuess
{
    private const string CentralEuropean = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžýáíéúäôľĺŕČĎĚŇŘŠŤŮŽÝÁÍÉÚÄÔĽĹ";
    /// <summary>Lithuanian and Latvian, and the Polish and Estonian letters code page 1257 also holds.</summary>
    private const string Baltic = "ąčęėįšųūžĄČĘĖĮŠŲŪŽāēīōģķļņĀĒĪŌĢĶĻŅćłńóśźżĆŁŃÓŚŹŻõäöüÕÄÖÜ";
    private const string Western = "àâäçéèêëîïôöùûüÿßñáíóúæøåÀÂÄÇÉÈÊËÎÔÖÙÛÜÑÁÍÓÚÆØÅ";

    /// <summary>Punctuation a real text in a Windows code page commonly holds above ASCII.</summary>
    private const string CommonSymbols = "«»„“”‘’–—…€°§©®•\u00A0";

    /// <summary>The code page of the sample, or null when it is binary; <paramref name="unsupported"/> is set for UTF-32 and EBCDIC.</summary>
    public static int? Guess(ReadOnlySpan<byte> sample, out bool unsupported)
    {
        unsupported = false;
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            unsupported = true;
            return null;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return ImportEncodings.Utf8;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return ImportEncodings.Utf16LittleEndian;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return ImportEncodings.Utf16BigEndian;
        }

        if (Utf16WithoutMark(sample) is { } utf16)
        {
            return utf16;
        }

        if (LooksBinary(sample, out var ebcdic))
        {
            unsupported = ebcdic;
            return null;
        }

        if (IsUtf8(sample))
        {
            return ImportEncodings.Utf8;
        }

        var best = ImportEncodings.WindowsCodePages[0];
        var bestScore = int.MinValue;
        foreach (var codePage in ImportEncodings.WindowsCodePages)
        {
            var score = Score(sample, codePage);
            (best, bestScore) = score > bestScore ? (codePage, score) : (best, bestScore);
        }

        return best;
    }

    /// <summary>ASCII text in UTF-16 has a zero in every other byte: on the odd bytes when little-endian.</summary>
    private static int? Utf16WithoutMark(ReadOnlySpan<byte> sample)
    {
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
            }
        }

        var half = sample.Length / 2;
        return half < 2 ? null
            : oddZeros > half * 0.6 && evenZeros < half * 0.1 ? ImportEncodings.Utf16LittleEndian
            : evenZeros > half * 0.6 && oddZeros < half * 0.1 ? ImportEncodings.Utf16BigEndian
            : null;
    }

    /// <summary>
    /// A NUL, or more than a few control characters, is not text. EBCDIC text has no ASCII line breaks but
    /// its own (0x15, 0x25), and its letters and spaces (0x40) above 0x80, which is how it is told from other binary.
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> sample, out bool ebcdic)
    {
        int controls = 0, asciiBreaks = 0, ebcdicBreaks = 0, ebcdicLetters = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                controls += sample.Length;
            }
            else if (b is (byte)'\n' or (byte)'\r')
            {
                asciiBreaks++;
            }
            else if (b < 0x20 && b != (byte)'\t' && b != 0x0C)
            {
                controls++;
                ebcdicBreaks += b is 0x15 or 0x25 ? 1 : 0;
            }

            ebcdicLetters += b is 0x40 or (>= 0x81 and <= 0xE9) ? 1 : 0;
        }

        var binary = controls > Math.Max(2, sample.Length / 100);
        ebcdic = binary && asciiBreaks == 0 && ebcdicBreaks > 0 && ebcdicLetters > sample.Length / 2;
        return binary;
    }

    /// <summary>Valid UTF-8 throughout, a sequence cut by the end of the sample aside.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> sample)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(sample, new char[sample.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status == System.Buffers.OperationStatus.Done
            || (status == System.Buffers.OperationStatus.NeedMoreData && sample.Length - read < 4);
    }

    /// <summary>How much the sample decoded in this code page reads like words: letters of the page's languages in words of one script score, symbols and mixed scripts cost.</summary>
    internal static int Score(ReadOnlySpan<byte> sample, int codePage)
    {
        var text = ImportEncodings.Get(codePage).GetString(sample);
        var typical = codePage switch
        {
            1250 => CentralEuropean,
            1257 => Baltic,
            1252 => Western,
            _ => string.Empty,
        };
        var score = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                continue;
            }

            score += ScoreWord(text.AsSpan(start, i - start), typical, codePage == 1251);
            if (i < text.Length && text[i] > 0x7F && !CommonSymbols.Contains(text[i], StringComparison.Ordinal))
            {
                score -= 3;
            }

            start = i + 1;
        }

        return score;
    }

    private static int ScoreWord(ReadOnlySpan<char> word, string typical, bool cyrillic)
    {
        int latin = 0, cyrillicLetters = 0, points = 0, caseFlips = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80)
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillicLetters++;
                points += cyrillic ? 3 : -2;
            }
            else
            {
                points += typical.Contains(c, StringComparison.Ordinal) ? 2 : -1;
            }

            if (i > 0 && char.IsLower(word[i - 1]) && char.IsUpper(c))
            {
                caseFlips++;
            }
        }

        // A word mixing Cyrillic and Latin letters is a wrong decoding, not a language.
        if (cyrillicLetters > 0 && latin > 0)
        {
            points -= 3 * cyrillicLetters;
        }

        return points - (2 * caseFlips);
    }
}
