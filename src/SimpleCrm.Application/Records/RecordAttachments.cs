using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Records;

/// <summary>
/// The move of one kind of attachment (notes, files: rows with RecordType and RecordId columns)
/// from one record to another: one UPDATE, then one history line on the target saying how many
/// arrived. Runs in the caller's transaction; the line is saved at once so it cannot be forgotten.
/// </summary>
public static class RecordAttachments
{
    public static async Task<int> MoveAsync<TAttachment>(
        CrmDbContext db, RecordRef from, RecordRef to, string arrivedAction, DateTime at, string? userId, CancellationToken cancellationToken)
        where TAttachment : class
    {
        const string type = "RecordType";
        const string id = "RecordId";
        var moved = await db.Set<TAttachment>()
            .Where(a => EF.Property<string>(a, type) == from.Type && EF.Property<int>(a, id) == from.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => EF.Property<string>(a, type), to.Type).SetProperty(a => EF.Property<int>(a, id), to.Id), cancellationToken);
        if (moved > 0)
        {
            db.History.Add(HistoryEntry.For(to, arrivedAction, moved.ToString(System.Globalization.CultureInfo.InvariantCulture), at, userId));
            await db.SaveChangesAsync(cancellationToken);
        }

        return moved;
    }
}
