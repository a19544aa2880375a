using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Notes;

/// <summary>Reads of a record's notes, for those who may see the record.</summary>
public sealed class NoteQueries(CrmDbContext db, ICurrentUser user)
{
    /// <summary>How many notes a record's card shows, newest first.</summary>
    public const int Limit = 100;

    /// <summary>The record's newest notes, or null when the user may not see the record.</summary>
    public async Task<IReadOnlyList<NoteItem>?> OfRecordAsync(RecordRef record, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return null;
        }

        var me = user.UserId;
        var admin = user.IsInRole(Roles.Admin);
        return await db.Notes.AsNoTracking()
            .Where(n => n.RecordType == record.Type && n.RecordId == record.Id)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Limit)
            .Select(n => new NoteItem(
                n.Id,
                n.Text,
                db.Users.Where(u => u.Id == n.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
                n.CreatedAt,
                n.UpdatedAt,
                db.Users.Where(u => u.Id == n.UpdatedById).Select(u => u.DisplayName).FirstOrDefault(),
                me != null && n.CreatedById == me,
                admin || (me != null && n.CreatedById == me)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The user's own note as its edit form starts, or null when it is not theirs or they may not see its record.</summary>
    public async Task<NoteForEdit?> GetForEditAsync(int id, CancellationToken cancellationToken)
    {
        var note = await db.Notes.AsNoTracking().Where(n => n.Id == id && n.CreatedById == user.UserId)
            .Select(n => new NoteForEdit(n.Id, new RecordRef(n.RecordType, n.RecordId), n.Text))
            .SingleOrDefaultAsync(cancellationToken);
        return note is not null && await db.IsVisibleAsync(note.Record, user, cancellationToken) ? note : null;
    }
}
