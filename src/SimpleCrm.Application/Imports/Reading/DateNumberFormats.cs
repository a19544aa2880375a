namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Whether a cell's number format shows a date: one of Excel's built-in date formats, or a custom code
/// with day, month, year or hour parts outside quoted text, brackets ([Red], [$-415]) and escapes.
/// </summary>
internal static class DateNumberFormats
{
    public static bool IsDate(uint formatId, string? customCode) =>
        formatId is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58)
        || (customCode is not null && CodeShowsDate(customCode));

    private static bool CodeShowsDate(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    bracket = true;
                    break;
                case ']':
                    bracket = false;
                    break;
                case ';':
                    // Only the first section (positive numbers) decides.
                    return false;
                default:
                    if (!quoted && !bracket && "dmyhsDMYHS".Contains(c, StringComparison.Ordinal))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
