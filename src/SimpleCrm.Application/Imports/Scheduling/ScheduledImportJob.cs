using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>
/// One run of a scheduled import (Hangfire's recurring job, or "run now"). Each ready file in the inbox
/// is hashed; a name and content already handled is only archived; a new one is copied into the file
/// store, probed, imported as the schedule's owner and run to the end here, then archived; a file that
/// cannot be read goes to the error folder with the reason recorded. The file's row is committed with
/// its import before the run starts, so a crash mid-way never imports the file twice: the import
/// resumes from its checkpoint and the file, seen, is archived next time. A run claims the schedule
/// first, so two runs of one schedule never overlap.
/// </summary>
public sealed partial class ScheduledImportJob(
    CrmDbContext db,
    ImportCommands commands,
    ImportRunner runner,
    FileStore store,
    InboxFolders folders,
    IOptions<ScheduledImportOptions> options,
    TimeProvider clock,
    ILogger<ScheduledImportJob> logger)
{
    /// <summary>How long a run holds its claim: a crashed run blocks the schedule no longer than this.</summary>
    public static readonly TimeSpan ClaimLength = TimeSpan.FromHours(1);

    public async Task RunAsync(int scheduleId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.ScheduledImports.Where(s => s.Id == scheduleId && (s.ClaimedUntil == null || s.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimedUntil, now + ClaimLength), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        try
        {
            var schedule = await db.ScheduledImports.AsNoTracking().SingleAsync(s => s.Id == scheduleId, cancellationToken);
            var inbox = folders.Resolve(schedule.InboxFolder, nameof(schedule.InboxFolder));
            var archive = folders.Resolve(schedule.ArchiveFolder, nameof(schedule.ArchiveFolder));
            var errors = folders.Resolve(schedule.ErrorFolder, nameof(schedule.ErrorFolder));
            var mapping = await db.SavedImportMappings.AsNoTracking()
                .Where(m => m.Id == schedule.SavedMappingId && m.UserId == schedule.OwnerId).Select(m => m.Mapping).SingleOrDefaultAsync(cancellationToken);
            if (!inbox.Succeeded || !archive.Succeeded || !errors.Succeeded || mapping is null)
            {
                // Nothing is touched: the files wait in the inbox until an admin mends the schedule (its form says what is wrong).
                LogUnusable(logger, scheduleId);
                return;
            }

            var run = new Run(schedule, ImportJson.Read<List<SavedImportColumn>>(mapping, []), archive.Value!, errors.Value!);
            foreach (var file in InboxFile.Ready(inbox.Value!, schedule.FilePattern, now, options.Value.QuietPeriod))
            {
                await HandleAsync(run, file, cancellationToken);
            }
        }
        finally
        {
            await db.ScheduledImports.Where(s => s.Id == scheduleId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimedUntil, (DateTime?)null).SetProperty(x => x.LastRunAt, now), CancellationToken.None);
        }
    }

    private async Task HandleAsync(Run run, FileInfo file, CancellationToken cancellationToken)
    {
        var length = file.Length;
        if (await InboxFile.HashAsync(file, cancellationToken) is not { } hashed || hashed.Length != length)
        {
            return; // still being written: the next run takes it
        }

        var seen = new ScheduledImportFile
        {
            ScheduledImportId = run.Schedule.Id,
            FileName = file.Name.Length > ScheduledImportFile.FileNameMaxLength ? file.Name[..ScheduledImportFile.FileNameMaxLength] : file.Name,
            Hash = hashed.Hash,
            Size = hashed.Length,
            FoundAt = clock.GetUtcNow().UtcDateTime,
        };
        if (await db.ScheduledImportFiles.AnyAsync(
            f => f.ScheduledImportId == seen.ScheduledImportId && f.FileName == seen.FileName && f.Hash == seen.Hash && f.Outcome != ScheduledImportFileOutcome.SkippedAlreadySeen,
            cancellationToken))
        {
            await RecordAsync(seen, ScheduledImportFileOutcome.SkippedAlreadySeen, null, cancellationToken);
            InboxFile.MoveInto(file, run.ArchiveFolder);
            return;
        }

        var imported = await ImportAsync(run, file, seen, cancellationToken);
        if (!imported.Succeeded)
        {
            await RecordAsync(seen, ScheduledImportFileOutcome.Unreadable, imported.Failures[0].MessageKey, cancellationToken);
            InboxFile.MoveInto(file, run.ErrorFolder);
            return;
        }

        try
        {
            await runner.RunAsync(imported.Value, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The runner recorded the failure on the import (its page shows it); the file was read and is archived.
            LogRunFailed(logger, exception, imported.Value);
        }

        InboxFile.MoveInto(file, run.ArchiveFolder);
    }

    /// <summary>Stores the bytes, reads the settings and headers, and commits the import with the file's row; a failure when the file cannot be imported.</summary>
    private async Task<Result<int>> ImportAsync(Run run, FileInfo file, ScheduledImportFile seen, CancellationToken cancellationToken)
    {
        if (seen.Size > options.Value.MaxFileBytes)
        {
            return Result<int>.Fail(new Failure(ScheduledImportMessages.FileTooLarge));
        }

        StoredBlob? blob;
        await using (var content = file.OpenRead())
        {
            blob = await store.WriteAsync(content, options.Value.MaxFileBytes, cancellationToken);
        }

        if (blob is null)
        {
            return Result<int>.Fail(new Failure(ScheduledImportMessages.FileTooLarge));
        }

        var request = await RequestAsync(run, file.Name, blob.Name, cancellationToken);
        if (!request.Succeeded)
        {
            store.Delete(blob.Name);
            return Result<int>.Fail(request.Failures);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await commands.CreateForAsync(request.Value!, run.Schedule.OwnerId, cancellationToken);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            store.Delete(blob.Name);
            return created;
        }

        seen.ImportId = created.Value;
        await RecordAsync(seen, ScheduledImportFileOutcome.Imported, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>The wizard's request for the stored file: settings probed by content, the saved mapping laid over its headers.</summary>
    private async Task<Result<ImportRequest>> RequestAsync(Run run, string fileName, string storedName, CancellationToken cancellationToken)
    {
        await using var stored = store.OpenRead(storedName);
        var settings = await ImportFileProbe.GuessAsync(stored, fileName, cancellationToken);
        if (!settings.Succeeded)
        {
            return Result<ImportRequest>.Fail(settings.Failures);
        }

        stored.Position = 0;
        var opened = await ImportTableReader.OpenAsync(stored, settings.Value!, cancellationToken);
        if (!opened.Succeeded)
        {
            return Result<ImportRequest>.Fail(opened.Failures);
        }

        List<ImportColumn> columns;
        await using (var table = opened.Value!)
        {
            columns = ScheduledImportColumns.Match(run.Columns, table.Headers);
        }

        var schedule = run.Schedule;
        return Result<ImportRequest>.Ok(new ImportRequest(
            schedule.EntityType, fileName, storedName, settings.Value!, columns, ImportJson.Read(schedule.Defaults, new ImportDefaults()),
            schedule.DuplicatePolicy, Culture: schedule.Culture));
    }

    private async Task RecordAsync(ScheduledImportFile file, ScheduledImportFileOutcome outcome, string? messageKey, CancellationToken cancellationToken)
    {
        file.Outcome = outcome;
        file.MessageKey = messageKey is { Length: > ScheduledImportFile.MessageKeyMaxLength } ? messageKey[..ScheduledImportFile.MessageKeyMaxLength] : messageKey;
        db.ScheduledImportFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled import {ScheduleId} did not run: a folder or its saved mapping is unusable.")]
    private static partial void LogUnusable(ILogger logger, int scheduleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} of a scheduled import failed.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, int importId);

    private sealed record Run(ScheduledImport Schedule, IReadOnlyList<SavedImportColumn> Columns, string ArchiveFolder, string ErrorFolder);
}
