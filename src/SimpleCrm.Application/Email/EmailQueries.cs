using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Email;

/// <summary>A record's emails, for those who may see the record.</summary>
public sealed class EmailQueries(CrmDbContext db, ICurrentUser user)
{
    /// <summary>How many emails a record's card lists, newest first.</summary>
    public const int Limit = 50;

    /// <summary>The record's newest emails, or null when the user may not see the record.</summary>
    public async Task<IReadOnlyList<OutgoingEmailItem>?> OfRecordAsync(RecordRef record, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return null;
        }

        return await db.OutgoingEmails.AsNoTracking()
            .Where(e => e.RecordType == record.Type && e.RecordId == record.Id)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(Limit)
            .Select(e => new OutgoingEmailItem(
                e.Id, e.To, e.Subject, e.Body, e.Status, e.Attempts, e.LastErrorKey, e.LastError, e.CreatedAt, e.SentAt,
                db.Users.Where(u => u.Id == e.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
                e.Attachments.OrderBy(a => a.Id).Select(a => a.FileName).ToList()))
            .ToListAsync(cancellationToken);
    }
}
