using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The background job of an import (ids only). Reads the file from the checkpoint on and writes it
/// in batches, each batch one transaction that also advances the checkpoint and the counts: a crash
/// or restart resumes after the last committed batch, and a second run of a finished import does
/// nothing. It acts as the import's creator: their visibility decides which duplicates they may
/// update, and through the scope's <see cref="ActingUser"/> the records are created and updated by them.
/// </summary>
public sealed class ImportRunner(CrmDbContext db, IImportTableOpener tables, PhoneNormalizer phones, TimeProvider clock, ActingUser? actingUser = null)
{
    public const int DefaultBatchSize = 500;

    public int BatchSize { get; init; } = DefaultBatchSize;

    public async Task RunAsync(int importId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || import.Status is not (ImportStatus.Queued or ImportStatus.Running or ImportStatus.Failed))
        {
            return;
        }

        var user = await StoredCurrentUser.LoadAsync(db, import.CreatedById, cancellationToken);
        if (user is null)
        {
            await StopAsync(import, ImportStatus.Failed, ImportMessages.CreatorInactive);
            return;
        }

        actingUser?.ActAs(user);

        import.Status = ImportStatus.Running;
        import.StartedAt ??= clock.GetUtcNow().UtcDateTime;
        import.LastError = null;
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await RunBatchesAsync(import, user, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run of this import committed the batch first (the checkpoint is the token): it carries on, this one stops.
            db.ChangeTracker.Clear();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            var failed = await db.Imports.SingleAsync(i => i.Id == importId, CancellationToken.None);
            var message = exception.GetType().Name + ": " + exception.Message;
            await StopAsync(failed, ImportStatus.Failed, message.Length > Import.ErrorMaxLength ? message[..Import.ErrorMaxLength] : message);
            throw;
        }
    }

    private async Task RunBatchesAsync(Import import, ICurrentUser user, CancellationToken cancellationToken)
    {
        await using var table = await tables.OpenAsync(import, cancellationToken);
        import.Headers = ImportJson.Write(table.Headers);
        var columns = ImportJson.Read<List<ImportColumn>>(import.Mapping, []);
        Func<List<ImportRow>, CancellationToken, Task> process;
        ImportTagCache? tags = null;
        if (import.EntityType == ImportEntityType.Lead)
        {
            var choices = await ImportLeadChoices.LoadAsync(db, ImportJson.Read(import.Defaults, new ImportDefaults()), import.CreatedById, cancellationToken);
            var custom = await ImportCustomFields.LoadAsync(db, CustomFieldRecordType.Lead, columns, cancellationToken);
            var leads = new ImportLeadRun(db, import, user, new ImportLeadMapping(columns, table.Headers, import.ValueCulture, choices, custom), new LeadValidator(db, phones, clock), clock);
            process = (rows, ct) => new ImportLeadBatch(leads).ProcessAsync(rows, ct);
        }
        else
        {
            var run = await StartAsync(import, user, cancellationToken);
            var custom = await ImportCustomFields.LoadAsync(db, CustomFieldRecordType.Contact, columns, cancellationToken);
            run = run with { Mapping = new ImportContactMapping(columns, table.Headers, import.ValueCulture, custom) };
            tags = run.Tags;
            process = (rows, ct) => new ImportContactBatch(run).ProcessAsync(rows, ct);
        }

        var batch = new List<ImportRow>(BatchSize);
        await foreach (var row in table.ReadRowsAsync(import.Checkpoint, cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                if (!await CommitAsync(import, process, tags, batch, cancellationToken))
                {
                    return;
                }

                batch.Clear();
            }
        }

        if (batch.Count > 0 && !await CommitAsync(import, process, tags, batch, cancellationToken))
        {
            return;
        }

        import.RowsTotal = import.Checkpoint;
        await StopAsync(import, ImportStatus.Completed, null);
    }

    /// <summary>Resolves the defaults once per run: tags (created when new), the list (when it still exists), the responsible user (the creator when none or gone).</summary>
    private async Task<ImportRun> StartAsync(Import import, ICurrentUser user, CancellationToken cancellationToken)
    {
        var defaults = ImportJson.Read(import.Defaults, new ImportDefaults());
        var tags = new ImportTagCache(db, clock);
        var tagIds = await tags.ResolveAsync(defaults.Tags ?? [], cancellationToken);
        var responsible = defaults.ResponsibleUserId is { } id && await db.Users.AnyAsync(u => u.Id == id && u.IsActive, cancellationToken)
            ? id
            : import.CreatedById;
        var listId = defaults.ListId is { } list && await db.ContactLists.AnyAsync(l => l.Id == list, cancellationToken) ? list : (int?)null;
        return new ImportRun(db, import, user, new ImportContactMapping([], [], import.ValueCulture), new ContactValidator(db, phones, clock), tags, tagIds, responsible, listId, clock);
    }

    /// <summary>One batch in one transaction; false when the user cancelled the import meanwhile.</summary>
    private async Task<bool> CommitAsync(Import import, Func<List<ImportRow>, CancellationToken, Task> process, ImportTagCache? tags, List<ImportRow> rows, CancellationToken cancellationToken)
    {
        var status = await db.Imports.AsNoTracking().Where(i => i.Id == import.Id).Select(i => i.Status).SingleAsync(cancellationToken);
        if (status != ImportStatus.Running)
        {
            return false;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                await process(rows, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                // The batch's tags are gone with the transaction; the counts are re-read on the next run.
                tags?.Reset();
                throw;
            }
        }

        // A batch's entities are done with: a 100 000-row run keeps only the import tracked.
        db.ChangeTracker.Clear();
        db.Imports.Attach(import);
        return true;
    }

    private async Task StopAsync(Import import, ImportStatus status, string? error)
    {
        import.Status = status;
        import.LastError = error;
        import.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
