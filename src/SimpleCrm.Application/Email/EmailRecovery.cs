using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Email;

/// <summary>After a restart of a queue that forgets (in-memory storage): every email not yet sent is queued again.</summary>
public static class EmailRecovery
{
    public static async Task<int> ResumeAsync(CrmDbContext db, IEmailScheduler queue, CancellationToken cancellationToken)
    {
        var ids = await db.OutgoingEmails.AsNoTracking().Where(e => e.Status != OutgoingEmailStatus.Sent)
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            queue.Enqueue(id);
        }

        return ids.Count;
    }
}
