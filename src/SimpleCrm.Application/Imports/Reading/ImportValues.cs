using System.Globalization;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Reads imported cells as the values the records hold. Text cells are read as people type them: dates as
/// dd.mm.yyyy, d.m.yyyy, yyyy-mm-dd or the culture's short date; amounts with a decimal comma or point and
/// spaces (also no-break and thin) or the other mark as thousands separators. Spreadsheet cells already
/// carry typed values written invariantly. Formula-looking text is kept as text: it is stored, never
/// evaluated, and exports neutralise it.
/// </summary>
public static class ImportValues
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "yyyy.MM.dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    private static readonly char[] TagSeparators = [';', ',', '|'];

    /// <summary>Spaces people and spreadsheets put between thousands.</summary>
    private static readonly char[] GroupSpaces = [' ', '\u00A0', '\u202F', '\u2009', '\''];

    public static ImportValue<DateOnly> Date(ImportCell cell, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var text = cell.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return ImportValue<DateOnly>.Empty;
        }

        if (cell.Kind == ImportCellKind.Number)
        {
            return ImportValue<DateOnly>.Invalid(ImportReadMessages.InvalidDate);
        }

        var patterns = cell.Kind == ImportCellKind.Date ? DateFormats[6..].Prepend("yyyy-MM-dd") : DateFormats.Append(culture.DateTimeFormat.ShortDatePattern);
        return DateTime.TryParseExact(text, [.. patterns], culture, DateTimeStyles.AllowWhiteSpaces, out var date)
            || DateTime.TryParseExact(text, culture.DateTimeFormat.ShortDatePattern.Replace("dd", "d", StringComparison.Ordinal).Replace("MM", "M", StringComparison.Ordinal), culture, DateTimeStyles.AllowWhiteSpaces, out date)
            ? ImportValue<DateOnly>.Of(DateOnly.FromDateTime(date))
            : ImportValue<DateOnly>.Invalid(ImportReadMessages.InvalidDate);
    }

    /// <summary>
    /// An amount: "1 234,50", "1.234,50", "1,234.50", "1234.5". With one kind of mark only, a comma is
    /// decimal unless it groups exactly three digits more than once ("1,234,567"), a point decimal
    /// unless it does so ("1.234.567").
    /// </summary>
    public static ImportValue<decimal> Amount(ImportCell cell) => Read(cell, null);

    /// <summary>
    /// As <see cref="Amount"/>; one mark before exactly three digits ("1,234", "1.234") is
    /// read as the culture writes it: thousands where it is the culture's group separator (en-US:
    /// 1234), else decimal (pl: 1.234).
    /// </summary>
    public static ImportValue<decimal> AmountIn(ImportCell cell, CultureInfo culture) => Read(cell, culture);

    private static ImportValue<decimal> Read(ImportCell cell, CultureInfo? culture)
    {
        var text = cell.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return ImportValue<decimal>.Empty;
        }

        if (cell.Kind == ImportCellKind.Number)
        {
            return Parsed(text);
        }

        foreach (var space in GroupSpaces)
        {
            text = text.Replace(space.ToString(), string.Empty, StringComparison.Ordinal);
        }

        var comma = text.LastIndexOf(',');
        var point = text.LastIndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            var (group, separator) = comma > point ? ('.', ',') : (',', '.');
            text = text.Replace(group.ToString(), string.Empty, StringComparison.Ordinal).Replace(separator, '.');
        }
        else if (comma >= 0 || point >= 0)
        {
            var mark = comma >= 0 ? ',' : '.';
            var parts = text.Split(mark);
            var grouping = parts.Skip(1).All(p => p.Length == 3)
                && (parts.Length > 2 || culture?.NumberFormat.NumberGroupSeparator == mark.ToString());
            text = grouping ? string.Concat(parts) : text.Replace(mark, '.');
        }

        return Parsed(text);
    }

    /// <summary>A tag list in one cell, split on semicolons, commas and bars, trimmed, each tag once.</summary>
    public static IReadOnlyList<string> Tags(ImportCell cell) =>
        cell.Text is null
            ? []
            : [.. cell.Text.Split(TagSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.CurrentCultureIgnoreCase)];

    /// <summary>
    /// A cell as text as it is: a phone number or code from a spreadsheet is already digits without ".0"
    /// or exponent; "=HYPERLINK(...)" stays the text it is.
    /// </summary>
    public static string? Text(ImportCell cell) => cell.Text?.Trim() is { Length: > 0 } text ? text : null;

    private static ImportValue<decimal> Parsed(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? ImportValue<decimal>.Of(value)
            : ImportValue<decimal>.Invalid(ImportReadMessages.InvalidNumber);
}
