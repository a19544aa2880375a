using System.Globalization;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Typed spreadsheet values as cells, the same for XLSX and XLS: a number written invariantly without
/// exponent or ".0" (a phone number 48600123456 stays those digits; Excel keeps 15 significant digits,
/// so does the conversion to decimal, which also drops binary noise like 0.30000000000000004), a date as
/// "yyyy-MM-dd" or with its time, a boolean as Excel shows it.
/// </summary>
internal static class SpreadsheetCells
{
    public static ImportCell Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return default;
        }

        var text = Math.Abs(value) < 7.9e28
            ? ((decimal)value).ToString("0.############################", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        return new ImportCell(text, ImportCellKind.Number);
    }

    public static ImportCell Date(DateTime value)
    {
        // Serial days carry the time as a fraction: 10:30 may arrive as 10:29:59.9995.
        value = new DateTime((value.Ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
        return new(
        value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        ImportCellKind.Date);
    }

    /// <summary>A serial day number of a date-formatted cell; out of Excel's range it stays a number.</summary>
    public static ImportCell SerialDate(double serial, bool from1904)
    {
        var days = from1904 ? serial + 1462 : serial;
        return days is > -657435 and < 2958466 ? Date(DateTime.FromOADate(days)) : Number(serial);
    }

    public static ImportCell Boolean(bool value) => new(value ? "TRUE" : "FALSE", ImportCellKind.Text);
}
