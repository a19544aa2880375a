using System.Globalization;
using ClosedXML.Excel;
using SimpleCrm.Application.Exports;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// The downloadable templates: an empty table whose header row lists an entity's system fields in the
/// user's language (titles from "Imports.Field.{field}"), as CSV (UTF-8 with BOM; semicolons where Excel
/// expects them, as the exports do) or XLSX (widths set by hand: AdjustToContents needs System.Drawing).
/// </summary>
public static class ImportTemplates
{
    private static readonly HashSet<string> SemicolonLanguages = ["pl", "lt", "sk", "ru"];

    /// <summary>
    /// An entity's template columns: exactly the keys the mapping offers (ImportFields), so a downloaded
    /// template filled in and uploaded again maps every column by its header.
    /// </summary>
    public static IReadOnlyList<string> Fields(ImportEntityType entityType) => ImportFields.For(entityType);

    /// <summary>The resource key of a field's title.</summary>
    public static string FieldKey(string field) => $"Imports.Field.{field}";

    /// <summary>The fields' titles, each through the localizer (given its resource key).</summary>
    public static IReadOnlyList<string> Headers(IReadOnlyList<string> fields, Func<string, string> localize)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(localize);
        return [.. fields.Select(f => localize(FieldKey(f)))];
    }

    /// <summary>Excel in pl, lt, sk and ru splits CSV on semicolons, elsewhere on commas.</summary>
    public static char CsvDelimiter(CultureInfo culture) =>
        SemicolonLanguages.Contains(culture?.TwoLetterISOLanguageName ?? string.Empty) ? ';' : ',';

    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> headers, char delimiter, CancellationToken cancellationToken)
    {
        await using var table = await CsvTableWriter.StartAsync(output, delimiter, headers, cancellationToken);
    }

    public static async Task WriteXlsxAsync(Stream output, IReadOnlyList<string> headers, string sheetName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var column = 0; column < headers.Count; column++)
        {
            ContactXlsxWriter.SetText(sheet.Cell(1, column + 1), headers[column]);
            sheet.Column(column + 1).Width = Math.Clamp(headers[column].Length + 4, 12, 40);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
