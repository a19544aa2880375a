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

        var contactIds = changes.Where(c => c.RecordType == HistoryRecordTypes.Contact).Select(c => c.RecordId).ToList();
        var contacts = await db.Contacts.IgnoreQueryFilters().Include(c => c.Emails).Include(c => c.Phones).AsSplitQuery()
            .Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var leadIds = changes.Where(c => c.RecordType == HistoryRecordTypes.Lead).Select(c => c.RecordId).ToList();
        var leads = leadIds.Count == 0 ? [] : await db.Leads.IgnoreQueryFilters().Where(l => leadIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var restores = new List<(int RecordId, ImportBefore Before)>();
        foreach (var change in changes)
        {
            var before = ImportJson.Read(change.Before, new ImportBefore([], [], []));
            change.Undone = change.RecordType switch
            {
                HistoryRecordTypes.Contact when contacts.GetValueOrDefault(change.RecordId) is { } contact && !contact.IsDeleted && contact.Version == change.VersionAfter =>
                    Undo(change.Kind, () => (contact.IsDeleted, contact.DeletedAt, contact.DeletedById) = (true, now, user.UserId), () => ImportContactFields.Restore(contact, before)),
                HistoryRecordTypes.Lead when leads.GetValueOrDefault(change.RecordId) is { } lead && !lead.IsDeleted && lead.Version == change.VersionAfter =>
                    Undo(change.Kind, () => (lead.IsDeleted, lead.DeletedAt, lead.DeletedById) = (true, now, user.UserId), () => ImportLeadFields.Restore(lead, before)),
                _ => false,
            };
            change.UndoSkipped = !change.Undone;
            if (change.Undone && change.Kind == ImportChangeKind.Updated)
            {
                restores.Add((change.RecordId, before));
            }
        }

        await ImportCustomFieldWrites.RestoreAsync(db, restores, cancellationToken);

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

    /// <summary>Soft-deletes a record the import created, restores one it updated: done.</summary>
    private static bool Undo(ImportChangeKind kind, Action delete, Action restore)
    {
        (kind == ImportChangeKind.Created ? delete : restore)();
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
