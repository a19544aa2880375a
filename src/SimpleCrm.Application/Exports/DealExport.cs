using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using SimpleCrm.Application.Deals;

namespace SimpleCrm.Application.Exports;

/// <summary>
/// Exports a pipeline's list view (its filter and sort, every page) as CSV or XLSX. The rows come
/// from <see cref="DealList"/>, so the visibility rule and the filters apply; CSV streams as rows
/// arrive, XLSX is built in memory (ClosedXML) and copied out. Every text cell is neutralised
/// (<see cref="CellNeutralizer"/>); values are numbers and dates are dates in the workbook.
/// </summary>
public sealed class DealExport(DealList list)
{
    private static readonly double[] Widths = [30, 30, 24, 18, 14, 9, 22, 12, 17];

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public async Task WriteAsync(
        Stream output, int pipelineId, DealFilter filter, DealListQuery query, ExportFormat format, char delimiter, DealExportLabels labels, string sheetName, CancellationToken cancellationToken)
    {
        var rows = list.AllAsync(pipelineId, filter, query);
        await (format == ExportFormat.Xlsx
            ? WriteXlsxAsync(output, rows, labels, sheetName, cancellationToken)
            : WriteCsvAsync(output, rows, labels, delimiter, cancellationToken));
    }

    private static async Task WriteCsvAsync(Stream output, IAsyncEnumerable<DealListItem> rows, DealExportLabels labels, char delimiter, CancellationToken cancellationToken)
    {
        await output.WriteAsync(ByteOrderMark, cancellationToken);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter.ToString() };
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, configuration);
        foreach (var header in labels.Headers)
        {
            csv.WriteField(CellNeutralizer.Neutralize(header));
        }

        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var cells = labels.TextCells(row);
            cells[DealExportLabels.ValueColumn] = row.Value?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;
            cells[DealExportLabels.CloseByColumn] = row.CloseBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
            cells[DealExportLabels.LastActivityColumn] = row.LastActivityAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            foreach (var cell in cells)
            {
                csv.WriteField(cell);
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>A bold, frozen header row and widths set by hand (ClosedXML's AdjustToContents needs System.Drawing, which fails on Linux).</summary>
    private static async Task WriteXlsxAsync(Stream output, IAsyncEnumerable<DealListItem> rows, DealExportLabels labels, string sheetName, CancellationToken cancellationToken)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var column = 0; column < labels.Headers.Count; column++)
        {
            SetText(sheet.Cell(1, column + 1), labels.Headers[column]);
            sheet.Column(column + 1).Width = Widths[Math.Min(column, Widths.Length - 1)];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Column(DealExportLabels.ValueColumn + 1).Style.NumberFormat.Format = "#,##0.00";
        sheet.Column(DealExportLabels.CloseByColumn + 1).Style.DateFormat.Format = "yyyy-mm-dd";
        sheet.Column(DealExportLabels.LastActivityColumn + 1).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";

        var rowNumber = 1;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            rowNumber++;
            var cells = labels.TextCells(row);
            for (var column = 0; column < cells.Length; column++)
            {
                if (cells[column].Length > 0)
                {
                    SetText(sheet.Cell(rowNumber, column + 1), cells[column]);
                }
            }

            if (row.Value is { } value)
            {
                sheet.Cell(rowNumber, DealExportLabels.ValueColumn + 1).SetValue(value);
            }

            if (row.CloseBy is { } closeBy)
            {
                sheet.Cell(rowNumber, DealExportLabels.CloseByColumn + 1).SetValue(closeBy.ToDateTime(TimeOnly.MinValue));
            }

            sheet.Cell(rowNumber, DealExportLabels.LastActivityColumn + 1).SetValue(row.LastActivityAt);
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>As text, never guessed: "=1+1" must not become a formula nor "007" a number.</summary>
    private static void SetText(IXLCell cell, string text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }
}
