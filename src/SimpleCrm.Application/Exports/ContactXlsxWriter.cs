using ClosedXML.Excel;

namespace SimpleCrm.Application.Exports;

/// <summary>
/// Writes contacts as an XLSX workbook: a bold, frozen header row, widths set by hand (ClosedXML's
/// AdjustToContents needs System.Drawing, which fails on Linux), created dates as real dates, every
/// text cell typed as text. ClosedXML holds the workbook in memory, so the file is built in a
/// buffer and copied out asynchronously.
/// </summary>
public static class ContactXlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Width of a custom field's column.</summary>
    private const double CustomWidth = 20;

    /// <summary>Widths in characters of the fixed columns, in column order.</summary>
    private static readonly double[] Widths = [30, 10, 28, 22, 34, 22, 18, 16, 22, 17, 28];

    public static async Task WriteAsync(
        Stream output, IAsyncEnumerable<ContactExportRow> rows, ContactExportLabels labels, string sheetName, CancellationToken cancellationToken)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var column = 0; column < labels.Headers.Count; column++)
        {
            SetText(sheet.Cell(1, column + 1), labels.Headers[column]);
            sheet.Column(column + 1).Width = column < Widths.Length ? Widths[column] : CustomWidth;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Column(ContactExportLabels.CreatedColumn + 1).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";

        var rowNumber = 1;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            rowNumber++;
            var cells = labels.TextCells(row);
            for (var column = 0; column < cells.Length; column++)
            {
                if (column == ContactExportLabels.CreatedColumn)
                {
                    sheet.Cell(rowNumber, column + 1).SetValue(row.CreatedAt);
                }
                else if (cells[column].Length > 0)
                {
                    SetText(sheet.Cell(rowNumber, column + 1), cells[column]);
                }
            }
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>As text, never guessed: "=1+1" must not become a formula nor "007" a number.</summary>
    internal static void SetText(IXLCell cell, string text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }
}
