using System.Globalization;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The little value parsing the run needs (a birth date, a tag list). A seam: the readers' value
/// parsers (Imports/Reading) with the import's culture replace these when the two halves meet.
/// </summary>
internal static class ImportValues
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss"];

    private static readonly char[] TagSeparators = [',', ';', '|'];

    public static bool TryDate(ImportCell cell, out DateOnly date)
    {
        date = default;
        var text = cell.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = DateOnly.FromDateTime(parsed);
        return true;
    }

    public static IEnumerable<string> Tags(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
