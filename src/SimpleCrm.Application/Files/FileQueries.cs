using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Files;

/// <summary>Reads of a record's files, for those who may see the record.</summary>
public sealed class FileQueries(CrmDbContext db, ICurrentUser user)
{
    /// <summary>How many files a record's card lists, newest first.</summary>
    public const int Limit = 100;

    /// <summary>The record's newest files, or null when the user may not see the record.</summary>
    public async Task<IReadOnlyList<FileItem>?> OfRecordAsync(RecordRef record, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return null;
        }

        var me = user.UserId;
        var admin = user.IsInRole(Roles.Admin);
        return await db.Files.AsNoTracking()
            .Where(f => f.RecordType == record.Type && f.RecordId == record.Id)
            .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(Limit)
            .Select(f => new FileItem(
                f.Id,
                f.FileName,
                f.Length,
                db.Users.Where(u => u.Id == f.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
                f.CreatedAt,
                admin || (me != null && f.CreatedById == me)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The file to download, or null when there is none or the user may not see its record.</summary>
    public async Task<FileDownload?> GetDownloadAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.RecordType, f.RecordId, Download = new FileDownload(f.FileName, f.ContentType, f.StoredName) })
            .SingleOrDefaultAsync(cancellationToken);
        return file is not null && await db.IsVisibleAsync(new RecordRef(file.RecordType, file.RecordId), user, cancellationToken)
            ? file.Download
            : null;
    }
}
