using System.Runtime.CompilerServices;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// What XLSX and XLS sheets share: the header is the first row with a value, a sheet without a row after it
/// has no data, and the rows are streamed afresh for each read, numbered as the sheet numbers them.
/// </summary>
internal abstract class SheetImportTable : IImportTable
{
    private int _headerNumber;

    public IReadOnlyList<string> Headers { get; private set; } = [];

    public async IAsyncEnumerable<ImportRow> ReadRowsAsync(int skipRows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The spreadsheet readers are synchronous; the caller's loop should not run inline with its request.
        await Task.Yield();
        var skipped = 0;
        foreach (var (number, cells) in Rows(cancellationToken).SkipWhile(r => r.Number <= _headerNumber))
        {
            if (skipped++ >= skipRows)
            {
                yield return RowShape.Fit(number, cells, Headers.Count, shortIsRagged: false);
            }
        }
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>The sheet's rows that have a value, streamed.</summary>
    protected abstract IEnumerable<(int Number, ImportCell[] Cells)> Rows(CancellationToken cancellationToken);

    protected Result<IImportTable> Start(CancellationToken cancellationToken)
    {
        using var rows = Rows(cancellationToken).GetEnumerator();
        if (!rows.MoveNext())
        {
            return Result<IImportTable>.Fail(new Failure(ImportReadMessages.EmptyFile));
        }

        _headerNumber = rows.Current.Number;
        var headers = ImportHeaders.From([.. rows.Current.Cells.Select(c => c.Text)]);
        if (!headers.Succeeded)
        {
            return Result<IImportTable>.Fail(headers.Failures);
        }

        Headers = headers.Value!;
        return rows.MoveNext() ? Result<IImportTable>.Ok(this) : Result<IImportTable>.Fail(new Failure(ImportReadMessages.NoDataRows));
    }
}
