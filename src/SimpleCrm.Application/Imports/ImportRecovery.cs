using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// Imports a stopped process left queued or running, handed to the background again: they resume
/// from their checkpoint. Only for a job store that forgets its queue on restart (in-memory).
/// </summary>
public static class ImportRecovery
{
    public static async Task<int> ResumeAsync(CrmDbContext db, IImportScheduler scheduler, CancellationToken cancellationToken)
    {
        var unfinished = await db.Imports.Where(i => i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running)
            .OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(cancellationToken);
        unfinished.ForEach(scheduler.Enqueue);
        return unfinished.Count;
    }
}
