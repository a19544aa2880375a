using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Exports;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The rows an import could not save, as a CSV the user can fix and import again: the file's own
/// header and cells, plus a Reason column. Cells are neutralised like every export, so a formula in
/// the original file does not run when the error file is opened.
/// </summary>
public sealed class ImportErrorFile(CrmDbContext db, ICurrentUser user)
{
    private const int PageSize = 1000;

    /// <summary>Writes the CSV; false (nothing written) when the user may not see the import.</summary>
    public async Task<bool> WriteCsvAsync(int importId, Stream output, ImportErrorLabels labels, CancellationToken cancellationToken)
    {
        var headersJson = await db.Imports.AsNoTracking().VisibleTo(user).Where(i => i.Id == importId).Select(i => i.Headers).SingleOrDefaultAsync(cancellationToken);
        if (headersJson is null)
        {
            return false;
        }

        var headers = ImportJson.Read<List<string>>(headersJson, []);
        await using var csv = await CsvTableWriter.StartAsync(output, ';', [.. headers, labels.ReasonHeader], cancellationToken);
        long after = 0;
        while (true)
        {
            var page = await db.ImportErrors.AsNoTracking().Where(e => e.ImportId == importId && e.Id > after)
                .OrderBy(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var error in page)
            {
                var cells = ImportJson.Read<List<string?>>(error.Cells, []);
                var padded = Enumerable.Range(0, headers.Count).Select(i => i < cells.Count ? cells[i] : null);
                var reason = labels.Reason(error.MessageKey, ImportJson.Read<List<string>>(error.Arguments, []));
                await csv.WriteRowAsync([.. padded.Select(CellNeutralizer.Neutralize), CellNeutralizer.Neutralize(reason)]);
            }

            if (page.Count < PageSize)
            {
                return true;
            }

            after = page[^1].Id;
        }
    }
}
