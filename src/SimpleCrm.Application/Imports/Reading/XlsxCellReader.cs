using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Turns an XLSX row element into cells: shared and inline strings as text, numbers in date formats as
/// dates, other numbers invariantly, booleans, a formula's cached result. Holds the workbook's shared
/// strings (streamed in once) and which cell styles show dates.
/// </summary>
internal sealed class XlsxCellReader
{
    private readonly List<string> _sharedStrings;

    private readonly bool[] _dateStyles;

    private readonly bool _from1904;

    private XlsxCellReader(List<string> sharedStrings, bool[] dateStyles, bool from1904)
    {
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        _from1904 = from1904;
    }

    public static XlsxCellReader For(WorkbookPart workbook, CancellationToken cancellationToken) => new(
        SharedStrings(workbook.SharedStringTablePart, cancellationToken),
        DateStyles(workbook.WorkbookStylesPart?.Stylesheet),
        workbook.Workbook.WorkbookProperties?.Date1904?.Value == true);

    public ImportCell[] Read(Row row)
    {
        var cells = new List<ImportCell>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = XlsxImportTable.ColumnIndex(cell.CellReference?.Value, cells.Count);
            if (column > 16_383)
            {
                continue;
            }

            while (cells.Count <= column)
            {
                cells.Add(default);
            }

            cells[column] = Value(cell);
        }

        return [.. cells];
    }

    private ImportCell Value(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        switch (type)
        {
            case CellValues.SharedString:
                return int.TryParse(raw, out var index) && index >= 0 && index < _sharedStrings.Count ? ImportCell.Of(_sharedStrings[index]) : default;
            case CellValues.InlineString:
                return ImportCell.Of(TextOf(cell.InlineString));
            case CellValues.Boolean:
                return SpreadsheetCells.Boolean(raw is "1" or "true");
            case CellValues.String:
                return ImportCell.Of(raw);
            case CellValues.Error:
                return default;
            case CellValues.Date:
                return DateTime.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                    ? SpreadsheetCells.Date(date)
                    : ImportCell.Of(raw);
            default:
                if (XlsxImportTable.ParseNumber(raw) is not { } number)
                {
                    return ImportCell.Of(raw);
                }

                var style = cell.StyleIndex?.Value ?? 0;
                return style < _dateStyles.Length && _dateStyles[style] ? SpreadsheetCells.SerialDate(number, _from1904) : SpreadsheetCells.Number(number);
        }
    }

    /// <summary>A string item's text: its plain text, or its formatted runs joined; phonetic guides left out.</summary>
    private static string? TextOf(OpenXmlElement? item) =>
        item is null ? null
        : item.GetFirstChild<Text>() is { } text ? text.Text
        : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static List<string> SharedStrings(SharedStringTablePart? part, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                cancellationToken.ThrowIfCancellationRequested();
                strings.Add(TextOf(reader.LoadCurrentElement()) ?? string.Empty);
                more = !reader.EOF;
            }
            else
            {
                more = reader.Read();
            }
        }

        return strings;
    }

    private static bool[] DateStyles(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        return [.. stylesheet?.CellFormats?.Elements<CellFormat>().Select(f =>
        {
            var id = f.NumberFormatId?.Value ?? 0;
            return DateNumberFormats.IsDate(id, custom.GetValueOrDefault(id));
        }) ?? []];
    }
}
