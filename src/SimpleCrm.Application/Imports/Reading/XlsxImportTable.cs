using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// An XLSX sheet as a table, read with the Open XML SDK's forward-only reader one row element at a time
/// (ClosedXML would load the whole workbook). Only the shared strings and the styles (to know which
/// numbers are dates) are held in memory. Rows are numbered as the sheet numbers them.
/// </summary>
internal sealed class XlsxImportTable : SheetImportTable
{
    private readonly SpreadsheetDocument _document;

    private readonly WorksheetPart _sheet;

    private readonly XlsxCellReader _cells;

    private XlsxImportTable(SpreadsheetDocument document, WorksheetPart sheet, XlsxCellReader cells)
    {
        _document = document;
        _sheet = sheet;
        _cells = cells;
    }

    /// <summary>The names of the workbook's sheets in order, or none when it cannot be read.</summary>
    public static IReadOnlyList<string> SheetNames(Stream content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(content, isEditable: false);
            return [.. document.WorkbookPart?.Workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? string.Empty) ?? []];
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or FormatException)
        {
            return [];
        }
        finally
        {
            content.Position = 0;
        }
    }

    public static Task<Result<IImportTable>> OpenAsync(Stream content, ImportReadSettings settings, CancellationToken cancellationToken)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(content, isEditable: false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = settings.SheetName is null ? sheets.FirstOrDefault() : sheets.Find(s => s.Name?.Value == settings.SheetName);
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                document.Dispose();
                return Task.FromResult(Result<IImportTable>.Fail(new Failure(
                    settings.SheetName is null ? ImportReadMessages.CorruptWorkbook : ImportReadMessages.SheetNotFound)));
            }

            var table = new XlsxImportTable(document, part, XlsxCellReader.For(workbook, cancellationToken));
            var start = table.Start(cancellationToken);
            if (!start.Succeeded)
            {
                document.Dispose();
            }

            return Task.FromResult(start);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or FormatException)
        {
            document?.Dispose();
            return Task.FromResult(Result<IImportTable>.Fail(new Failure(ImportReadMessages.CorruptWorkbook)));
        }
    }

    public override ValueTask DisposeAsync()
    {
        _document.Dispose();
        return ValueTask.CompletedTask;
    }

    protected override IEnumerable<(int Number, ImportCell[] Cells)> Rows(CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(_sheet);
        var previous = 0;
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                more = reader.Read();
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var row = (Row)reader.LoadCurrentElement()!;
            more = !reader.EOF;
            var number = row.RowIndex?.Value is { } index ? (int)index : previous + 1;
            previous = number;
            var cells = _cells.Read(row);
            if (!RowShape.IsEmpty(cells))
            {
                yield return (number, cells);
            }
        }
    }

    internal static int ColumnIndex(string? reference, int fallback)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return fallback;
        }

        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column == 0 ? fallback : column - 1;
    }

    internal static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
