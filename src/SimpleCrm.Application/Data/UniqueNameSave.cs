using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Data;

/// <summary>
/// Saves a record whose name a unique index guards. The check before saving answers the usual case;
/// a name a concurrent request took a moment earlier hits the index and reads as the same failure.
/// </summary>
public static class UniqueNameSave
{
    public static async Task<Failure?> SaveOrNameTakenAsync(this CrmDbContext db, Failure nameTaken, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return nameTaken;
        }
    }
}
