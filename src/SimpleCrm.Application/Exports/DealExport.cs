using System.Globalization;
using ClosedXML.Excel;
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
        await using var table = await CsvTableWriter.StartAsync(output, delimiter, labels.Headers, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var cells = labels.TextCells(row);
            cells[DealExportLabels.ValueColumn] = row.Value?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;
            cells[DealExportLabels.CloseByColumn] = row.CloseBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
            cells[DealExportLabels.LastActivityColumn] = row.LastActivityAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            await table.WriteRowAsync(cells);
        }
    }

    /// <summary>A bold, frozen header row and widths set by hand (ClosedXML's AdjustToContents needs System.Drawing, which fails on Linux).</summary>
    private static async Task WriteXlsxAsync(Stream output, IAsyncEnumerable<DealListItem> rows, DealExportLabels labels, string sheetName, CancellationToken cancellationToken)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var column = 0; column < labels.Headers.Count; column++)
        {
            ContactXlsxWriter.SetText(sheet.Cell(1, column + 1), labels.Headers[column]);
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
                    ContactXlsxWriter.SetText(sheet.Cell(rowNumber, column + 1), cells[column]);
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
}
