using System.Globalization;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// Reads typed values as the forms post them: numbers in the user's culture (as MVC binds the lead's
/// amount: "1 234,5" in Polish, "1,234.5" in English), dates as the date inputs send them (ISO) or in
/// the culture's short form for a browser without date inputs. Writes them back the same way.
/// </summary>
public static class CustomFieldParsing
{
    private static readonly string[] IsoDateTimes = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static bool TryNumber(string text, int scale, out decimal value) =>
        decimal.TryParse(WithCultureSpaces(text), NumberStyles.Number, CultureInfo.CurrentCulture, out value)
        && decimal.Round(value, scale) == value
        && Math.Abs(value) <= CustomFieldLimits.MaxNumber;

    /// <summary>
    /// Polish, Slovak, Lithuanian and Russian group thousands with a no-break space (or a narrow one):
    /// a user types a plain space, so every kind of space is read as the culture's separator.
    /// </summary>
    private static string WithCultureSpaces(string text)
    {
        var separator = CultureInfo.CurrentCulture.NumberFormat.NumberGroupSeparator;
        return separator.Length == 1 && char.IsWhiteSpace(separator[0])
            ? new string([.. text.Select(c => char.IsWhiteSpace(c) ? separator[0] : c)])
            : text;
    }

    public static bool TryDate(string text, out DateTime value)
    {
        var ok = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            || DateTime.TryParseExact(text, "d", CultureInfo.CurrentCulture, DateTimeStyles.None, out value);
        value = value.Date;
        return ok;
    }

    public static bool TryDateTime(string text, out DateTime value)
    {
        var ok = DateTime.TryParseExact(text, IsoDateTimes, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            || DateTime.TryParseExact(text, "g", CultureInfo.CurrentCulture, DateTimeStyles.None, out value);
        value = DateTime.SpecifyKind(value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMinute)), DateTimeKind.Unspecified);
        return ok;
    }

    public static bool TryCurrency(string? text, out string currency)
    {
        currency = text?.Trim().ToUpperInvariant() ?? string.Empty;
        return currency.Length == CustomFieldLimits.Currency && currency.All(char.IsAsciiLetter);
    }

    /// <summary>A number as the form's text input shows it, in the user's culture, without grouping.</summary>
    public static string FormatNumber(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    public static string FormatDate(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
