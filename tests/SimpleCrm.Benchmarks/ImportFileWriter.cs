using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Writes the generated rows as Excel would save them: a UTF-8 CSV with BOM and semicolons (Excel's
/// separator in pl/lt/sk/ru), or an XLSX written row by row with the Open XML SDK's streaming writer
/// (ClosedXML would hold the whole workbook in memory, and its AdjustToContents throws on Linux).
/// </summary>
internal static class ImportFileWriter
{
    public static async Task WriteCsvAsync(string path, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync(string.Join(';', ImportFileRows.Headers));
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(string.Join(';', row.Select(Quoted)));
        }
    }

    public static void WriteXlsx(string path, IEnumerable<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, ImportFileRows.Headers);
            foreach (var row in rows)
            {
                WriteRow(writer, row);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Kontakty" }));
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var text in cells)
        {
            // Inline strings: every value is text (phones too, as a careful export keeps them).
            writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
        }

        writer.WriteEndElement();
    }

    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
