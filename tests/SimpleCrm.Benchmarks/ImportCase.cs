using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// One measured import: stores the file as an upload is stored, starts the import as the wizard does,
/// runs the job as Hangfire would, and samples the process's working set meanwhile.
/// </summary>
internal sealed class ImportCase(FileStore store, PhoneNormalizer phones, TimeProvider clock, string adminId)
{
    public async Task<ImportCaseResult> RunAsync(
        string name, string databasePath, string file, ImportReadSettings settings, ImportDuplicatePolicy policy, double budgetSeconds, CancellationToken cancellationToken)
    {
        var services = new ServiceContext(databasePath, logSql: false);
        StoredBlob blob;
        await using (var stream = File.OpenRead(file))
        {
            blob = await store.WriteAsync(stream, long.MaxValue, cancellationToken) ?? throw new InvalidOperationException("The file was not stored.");
        }

        int importId;
        StoredCurrentUser admin;
        await using (var db = services.Create(new Application.Common.SystemUser()))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            admin = await StoredCurrentUser.LoadAsync(db, adminId, cancellationToken) ?? throw new InvalidOperationException("The importing admin is not active.");
        }

        await using (var db = services.Create(admin))
        {
            var commands = new ImportCommands(db, admin, new RecordingImportScheduler(), new ImportUndo(db, admin, clock), clock);
            var result = await commands.CreateAsync(
                new ImportRequest(ImportEntityType.Contact, Path.GetFileName(file), blob.Name, settings, Columns(), new ImportDefaults(), policy, Culture: "pl"),
                cancellationToken);
            importId = result.Value;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{name}: the import was refused: {string.Join(", ", result.Failures.Select(f => f.MessageKey))}");
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var memory = new WorkingSetSampler();
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using (var db = services.Create(admin))
        {
            await new ImportRunner(db, new ImportFileTableOpener(store), phones, clock).RunAsync(importId, cancellationToken);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peak = memory.Stop();
        await using (var db = services.Create(admin))
        {
            var import = await db.Imports.AsNoTracking().SingleAsync(i => i.Id == importId, cancellationToken);
            if (import.Status != ImportStatus.Completed)
            {
                throw new InvalidOperationException($"{name}: the import ended {import.Status}: {import.LastError}");
            }

            Console.WriteLine($"{name}: {seconds:0.0} s ({cpuSeconds:0.0} s CPU), created {import.Created:N0}, updated {import.Updated:N0}, skipped {import.SkippedDuplicates:N0}, failed {import.Failed:N0}");
            return new ImportCaseResult(name, import.Processed, seconds, cpuSeconds, budgetSeconds, peak, import.Created, import.Updated, import.SkippedDuplicates, import.Failed);
        }
    }

    private static List<ImportColumn> Columns() =>
    [
        new(0, ImportTargetKind.Field, ImportFields.FirstName),
        new(1, ImportTargetKind.Field, ImportFields.LastName),
        new(2, ImportTargetKind.Field, ImportFields.Email),
        new(3, ImportTargetKind.Field, ImportFields.Email),
        new(4, ImportTargetKind.Field, ImportFields.Phone),
        new(5, ImportTargetKind.Field, ImportFields.City),
        new(6, ImportTargetKind.Field, ImportFields.Tags),
    ];

    /// <summary>The import's job goes nowhere: the benchmark runs it itself and times it.</summary>
    private sealed class RecordingImportScheduler : IImportScheduler
    {
        public void Enqueue(int importId)
        {
        }
    }
}
