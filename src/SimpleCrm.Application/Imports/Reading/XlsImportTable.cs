using ExcelDataReader;
using ExcelDataReader.Exceptions;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// A legacy XLS sheet as a table, read row by row with ExcelDataReader (which already gives date-formatted
/// cells as dates); the same cell rules as XLSX. The file is read again from its start for the rows, so
/// the header check and the rows each stream it once.
/// </summary>
internal sealed class XlsImportTable : SheetImportTable
{
    private readonly Stream _content;

    private readonly string? _sheetName;

    private XlsImportTable(Stream content, string? sheetName)
    {
        _content = content;
        _sheetName = sheetName;
    }

    public static Task<Result<IImportTable>> OpenAsync(Stream content, ImportReadSettings settings, CancellationToken cancellationToken)
    {
        _ = ImportEncodings.Supported; // BIFF text in old code pages needs the provider registered.
        var table = new XlsImportTable(content, settings.SheetName);
        try
        {
            return Task.FromResult(table.Start(cancellationToken));
        }
        catch (SheetMissingException)
        {
            return Task.FromResult(Result<IImportTable>.Fail(new Failure(ImportReadMessages.SheetNotFound)));
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return Task.FromResult(Result<IImportTable>.Fail(new Failure(ImportReadMessages.CorruptWorkbook)));
        }
    }

    /// <summary>The workbook's sheet names in order, or none when it cannot be read.</summary>
    public static IReadOnlyList<string> SheetNames(Stream content)
    {
        try
        {
            using var reader = ExcelReaderFactory.CreateBinaryReader(content, new ExcelReaderConfiguration { LeaveOpen = true });
            var names = new List<string>();
            do
            {
                names.Add(reader.Name);
            }
            while (reader.NextResult());
            return names;
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return [];
        }
        finally
        {
            content.Position = 0;
        }
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected override IEnumerable<(int Number, ImportCell[] Cells)> Rows(CancellationToken cancellationToken)
    {
        _content.Position = 0;
        using var reader = ExcelReaderFactory.CreateBinaryReader(_content, new ExcelReaderConfiguration { LeaveOpen = true });
        while (_sheetName is not null && reader.Name != _sheetName)
        {
            if (!reader.NextResult())
            {
                throw new SheetMissingException();
            }
        }

        var number = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            var cells = new ImportCell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetValue(i) switch
                {
                    null => default,
                    DateTime date => SpreadsheetCells.Date(date),
                    double value => SpreadsheetCells.Number(value),
                    int value => SpreadsheetCells.Number(value),
                    bool value => SpreadsheetCells.Boolean(value),
                    TimeSpan time => SpreadsheetCells.Date(DateTime.MinValue.Add(time)),
                    var other => ImportCell.Of(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
                };
            }

            if (!RowShape.IsEmpty(cells))
            {
                yield return (number, cells);
            }
        }
    }

    /// <summary>The chosen sheet is not in the workbook.</summary>
    private sealed class SheetMissingException : Exception;
}
