using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Files;

/// <summary>
/// Uploads and deletes files of records the user may see. An upload is kept only whole: too big, of
/// a type not on the list or whose content is not what its extension says, it leaves no file on disk
/// and no row; a row is never saved without its file.
/// </summary>
public sealed class FileCommands(CrmDbContext db, ICurrentUser user, FileStore store, IOptions<FileStorageOptions> options, TimeProvider clock)
{
    public async Task<Result<int>> UploadAsync(RecordRef record, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var received = await ReceiveAsync(fileName, content, cancellationToken);
        if (received.Value is not { } file)
        {
            return Result<int>.Fail(received.Failures);
        }

        try
        {
            file.RecordType = record.Type;
            file.RecordId = record.Id;
            Attach(file);
            await db.SaveChangesAsync(cancellationToken);
            return Result<int>.Ok(file.Id);
        }
        catch
        {
            store.Delete(file.StoredName);
            throw;
        }
    }

    /// <summary>
    /// Takes an upload's bytes into the store after every check a record's upload gets (name, type,
    /// size, content): one that passes comes back as an unsaved row whose record the caller sets before
    /// <see cref="Attach"/>ing it; one that does not leaves nothing on disk. A caller that then saves
    /// nothing must <see cref="Discard"/> it. A custom field's file comes in here too: one upload path.
    /// </summary>
    public async Task<Result<RecordFile>> ReceiveAsync(string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var name = FileNames.Clean(fileName);
        if (name.Length == 0)
        {
            return Result<RecordFile>.Fail(new Failure(FileMessages.Required, nameof(RecordFile.FileName)));
        }

        var extension = Path.GetExtension(name);
        if (!FileTypes.IsAllowedExtension(extension))
        {
            return Result<RecordFile>.Fail(new Failure(FileMessages.TypeNotAllowed, nameof(RecordFile.FileName)));
        }

        var blob = await store.WriteAsync(content, options.Value.MaxUploadBytes, cancellationToken);
        if (blob is null)
        {
            return Result<RecordFile>.Fail(new Failure(FileMessages.TooLarge, nameof(RecordFile.FileName)));
        }

        try
        {
            var failure = blob.Length == 0 ? FileMessages.Empty : null;
            string? contentType = null;
            if (failure is null)
            {
                await using var stored = store.OpenRead(blob.Name);
                contentType = FileTypes.Detect(stored, extension);
                failure = contentType is null ? FileMessages.ContentMismatch : null;
            }

            if (failure is not null)
            {
                store.Delete(blob.Name);
                return Result<RecordFile>.Fail(new Failure(failure, nameof(RecordFile.FileName)));
            }

            return Result<RecordFile>.Ok(new RecordFile
            {
                FileName = name,
                StoredName = blob.Name,
                ContentType = contentType!,
                Length = blob.Length,
                Sha256 = blob.Sha256,
            });
        }
        catch
        {
            store.Delete(blob.Name);
            throw;
        }
    }

    /// <summary>Adds a received file, its record set, to the unit of work with the history line of its upload.</summary>
    public void Attach(RecordFile file)
    {
        db.Files.Add(file);
        db.History.Add(HistoryEntry.For(new RecordRef(file.RecordType, file.RecordId), FileMessages.Uploaded, file.FileName, clock.GetUtcNow().UtcDateTime, user.UserId));
    }

    /// <summary>Removes the bytes of received files that were not saved after all.</summary>
    public void Discard(IEnumerable<RecordFile> files)
    {
        foreach (var file in files)
        {
            store.Delete(file.StoredName);
        }
    }

    /// <summary>Deletes the user's own file (an admin: anyone's), the bytes once the row is gone; answers the record it hung off.</summary>
    public async Task<Result<RecordRef>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.Files.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        var record = file is null ? default : new RecordRef(file.RecordType, file.RecordId);
        if (file is null || !await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return Result<RecordRef>.NotFound();
        }

        if (file.CreatedById != user.UserId && !user.IsInRole(Roles.Admin))
        {
            return Result<RecordRef>.Fail(new Failure(FileMessages.NotYours));
        }

        db.Files.Remove(file);
        db.History.Add(HistoryEntry.For(record, FileMessages.Deleted, file.FileName, clock.GetUtcNow().UtcDateTime, user.UserId));
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(file.StoredName);
        return Result<RecordRef>.Ok(record);
    }
}
