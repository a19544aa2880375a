using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Exports;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The rows an import could not save, as a CSV or XLSX file the user can fix and import again: the
/// file's own header and cells, plus a Reason column. Cells are neutralised like every export, so a
/// formula in the original file does not run when the error file is opened. Rows are read page by
/// page, so an import with 100 000 failed rows never sits in memory at once.
/// </summary>
public sealed class ImportErrorFile(CrmDbContext db, ICurrentUser user)
{
    public const string CsvContentType = "text/csv";

    public const string XlsxContentType = ContactXlsxWriter.ContentType;

    private const int PageSize = 1000;

    /// <summary>Writes the CSV; false (nothing written) when the user may not see the import.</summary>
    public async Task<bool> WriteCsvAsync(int importId, Stream output, ImportErrorLabels labels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var headers = await HeadersAsync(importId, cancellationToken);
        if (headers is null)
        {
            return false;
        }

        await using var csv = await CsvTableWriter.StartAsync(output, ';', [.. headers, labels.ReasonHeader], cancellationToken);
        await foreach (var row in RowsAsync(importId, headers.Count, labels, cancellationToken))
        {
            await csv.WriteRowAsync(row);
        }

        return true;
    }

    /// <summary>Writes the XLSX (one sheet, every cell text); false (nothing written) when the user may not see the import.</summary>
    public async Task<bool> WriteXlsxAsync(int importId, Stream output, ImportErrorLabels labels, string sheetName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var headers = await HeadersAsync(importId, cancellationToken);
        if (headers is null)
        {
            return false;
        }

        await ImportErrorWorkbook.WriteAsync(output, sheetName, [.. headers, labels.ReasonHeader], RowsAsync(importId, headers.Count, labels, cancellationToken), cancellationToken);
        return true;
    }

    private async Task<List<string>?> HeadersAsync(int importId, CancellationToken cancellationToken)
    {
        var headersJson = await db.Imports.AsNoTracking().VisibleTo(user).Where(i => i.Id == importId).Select(i => i.Headers).SingleOrDefaultAsync(cancellationToken);
        return headersJson is null ? null : ImportJson.Read<List<string>>(headersJson, []);
    }

    /// <summary>Each failed row as neutralised cells padded to the header's width, then its reason.</summary>
    private async IAsyncEnumerable<string[]> RowsAsync(int importId, int width, ImportErrorLabels labels, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var page = await db.ImportErrors.AsNoTracking().Where(e => e.ImportId == importId && e.Id > after)
                .OrderBy(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var error in page)
            {
                var cells = ImportJson.Read<List<string?>>(error.Cells, []);
                var padded = Enumerable.Range(0, width).Select(i => i < cells.Count ? cells[i] : null);
                var reason = labels.Reason(error.MessageKey, ImportJson.Read<List<string>>(error.Arguments, []));
                yield return [.. padded.Select(CellNeutralizer.Neutralize), CellNeutralizer.Neutralize(reason)];
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }
}
