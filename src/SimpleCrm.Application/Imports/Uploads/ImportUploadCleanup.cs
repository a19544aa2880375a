using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.Imports.Uploads;

/// <summary>
/// The daily job: wizard uploads older than <see cref="MaxAge"/> that never became an import lose
/// their file; every such upload loses its row (an imported file belongs to its import from then on).
/// Files go before rows, so a run stopped in between leaves rows whose files are already gone, which
/// the next run simply removes: safe to run twice.
/// </summary>
public sealed class ImportUploadCleanup(CrmDbContext db, FileStore store, TimeProvider clock)
{
    /// <summary>Twice the wizard's one-day token: no wizard still open can be holding the file.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(2);

    private const int PageSize = 500;

    /// <summary>The number of files deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - MaxAge;
        var deleted = 0;
        while (true)
        {
            var page = await db.ImportUploads.AsNoTracking()
                .Where(u => u.UploadedAt < cutoff)
                .OrderBy(u => u.Id)
                .Take(PageSize)
                .Select(u => new { u.Id, u.StoredFileName, Imported = db.Imports.Any(i => i.StoredFileName == u.StoredFileName) })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return deleted;
            }

            foreach (var upload in page.Where(u => !u.Imported))
            {
                store.Delete(upload.StoredFileName);
                deleted++;
            }

            // The page is every old row up to its last id (ordered by id), so this removes exactly the page.
            var last = page[^1].Id;
            await db.ImportUploads.Where(u => u.UploadedAt < cutoff && u.Id <= last).ExecuteDeleteAsync(cancellationToken);
            if (page.Count < PageSize)
            {
                return deleted;
            }
        }
    }
}
