using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// Rolls an import back: soft-deletes the records it created and restores the fields of those it
/// updated, each only while the record still has the version the import left (a record changed
/// since is left alone and reported). Works in pages, each change row marked as it is handled, so
/// an undo cut short is finished by the next one and a second undo changes nothing.
/// </summary>
public sealed class ImportUndo(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    private const int PageSize = 500;

    public async Task<Result<ImportUndoOutcome>> UndoAsync(int importId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null)
        {
            return Result<ImportUndoOutcome>.NotFound();
        }

        if (import.Status is ImportStatus.Queued or ImportStatus.Running)
        {
            return Result<ImportUndoOutcome>.Fail(new Failure(ImportMessages.NotUndoable));
        }

        while (await UndoPageAsync(importId, cancellationToken))
        {
        }

        db.ChangeTracker.Clear();
        db.Imports.Attach(import);
        import.Status = ImportStatus.Undone;
        await db.SaveChangesAsync(cancellationToken);
        return Result<ImportUndoOutcome>.Ok(await OutcomeAsync(importId, cancellationToken));
    }

    private async Task<bool> UndoPageAsync(int importId, CancellationToken cancellationToken)
    {
        var changes = await db.ImportChanges.Where(c => c.ImportId == importId && !c.Undone && !c.UndoSkipped)
            .OrderByDescending(c => c.Id).Take(PageSize).ToListAsync(cancellationToken);
        if (changes.Count == 0)
        {
            return false;
        }

        var ids = changes.Where(c => c.RecordType == HistoryRecordTypes.Contact).Select(c => c.RecordId).ToList();
        var contacts = await db.Contacts.IgnoreQueryFilters().Include(c => c.Emails).Include(c => c.Phones).AsSplitQuery()
            .Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var change in changes)
        {
            var contact = change.RecordType == HistoryRecordTypes.Contact ? contacts.GetValueOrDefault(change.RecordId) : null;
            if (contact is null || contact.IsDeleted || contact.Version != change.VersionAfter)
            {
                change.UndoSkipped = true;
                continue;
            }

            if (change.Kind == ImportChangeKind.Created)
            {
                contact.IsDeleted = true;
                contact.DeletedAt = now;
                contact.DeletedById = user.UserId;
            }
            else
            {
                ImportContactFields.Restore(contact, ImportJson.Read(change.Before, new ImportBefore([], [], [])));
            }

            change.Undone = true;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A record changed between our read and our write: the next page reads it again and leaves it alone.
        }

        db.ChangeTracker.Clear();
        return true;
    }

    private async Task<ImportUndoOutcome> OutcomeAsync(int importId, CancellationToken cancellationToken)
    {
        var changes = db.ImportChanges.AsNoTracking().Where(c => c.ImportId == importId);
        var deleted = await changes.CountAsync(c => c.Undone && c.Kind == ImportChangeKind.Created, cancellationToken);
        var restored = await changes.CountAsync(c => c.Undone && c.Kind == ImportChangeKind.Updated, cancellationToken);
        var leftAlone = await changes.Where(c => c.UndoSkipped).OrderBy(c => c.RecordId)
            .Select(c => new RecordRef(c.RecordType, c.RecordId)).ToListAsync(cancellationToken);
        return new ImportUndoOutcome(deleted, restored, leftAlone);
    }
}
