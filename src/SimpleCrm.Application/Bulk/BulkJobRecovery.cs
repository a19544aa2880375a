using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Bulk;

/// <summary>
/// Bulk jobs a stopped process left unfinished, handed to the background again. Only for a job
/// store that forgets its queue on restart (in-memory): a persistent store re-runs jobs itself, and
/// another instance may be running them right now.
/// </summary>
public static class BulkJobRecovery
{
    public static async Task<int> ResumeAsync(CrmDbContext db, IBulkJobScheduler scheduler, CancellationToken cancellationToken)
    {
        await db.BulkJobs.Where(j => j.Status == BulkJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, BulkJobStatus.Queued), cancellationToken);
        var unfinished = await db.BulkJobs.Where(j => j.Status == BulkJobStatus.Queued)
            .OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync(cancellationToken);
        foreach (var id in unfinished)
        {
            scheduler.Enqueue(id);
        }

        return unfinished.Count;
    }
}
