using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// Writes the error file's workbook with the Open XML SDK's streaming writer (ClosedXML's own
/// dependency): ClosedXML keeps every cell in memory, which 100 000 failed rows would blow. The
/// package needs a seekable stream, so it is written to a temporary file and then copied out.
/// Every cell is an inline string (text, never a formula or a guessed number); the header is bold
/// and frozen; widths are set by hand (ClosedXML's AdjustToContents needs System.Drawing).
/// </summary>
internal static class ImportErrorWorkbook
{
    /// <summary>Excel's limit for one cell's text.</summary>
    private const int MaxCellLength = 32767;

    private const uint BoldStyle = 1;

    public static async Task WriteAsync(
        Stream output, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        await using var buffer = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            Styles(workbook.AddNewPart<WorkbookStylesPart>());
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                    { WorkbookViewId = 0 }));
                writer.WriteElement(new Columns(headers.Select((h, i) => new Column
                {
                    Min = (uint)(i + 1), Max = (uint)(i + 1), CustomWidth = true,
                    Width = i == headers.Count - 1 ? 60 : Math.Clamp(h.Length + 4, 14, 40),
                })));
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, headers, BoldStyle);
                await foreach (var row in rows.WithCancellation(cancellationToken))
                {
                    WriteRow(writer, row, null);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = SafeSheetName(sheetName), SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) }));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells, uint? style)
    {
        writer.WriteStartElement(new Row());
        foreach (var text in cells)
        {
            var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }) };
            if (style is { } index)
            {
                cell.StyleIndex = index;
            }

            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    /// <summary>Characters XML cannot hold (a NUL from a binary cell) are dropped, and the text cut to what Excel accepts.</summary>
    private static string XmlSafe(string text)
    {
        var safe = text.All(XmlConvert.IsXmlChar) ? text : new StringBuilder(text.Length).Append(text.Where(XmlConvert.IsXmlChar).ToArray()).ToString();
        return safe.Length > MaxCellLength ? safe[..MaxCellLength] : safe;
    }

    /// <summary>Sheet names hold at most 31 characters and none of : \ / ? * [ ].</summary>
    private static string SafeSheetName(string name)
    {
        var cleaned = new string([.. name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        return cleaned.Length == 0 ? "Errors" : cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }

    /// <summary>The smallest stylesheet Excel accepts, with one bold cell format (index 1) for the header.</summary>
    private static void Styles(WorkbookStylesPart part) => part.Stylesheet = new Stylesheet(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
