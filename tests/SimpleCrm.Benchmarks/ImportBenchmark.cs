using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The import figures through the real run: the wizard's request (ImportCommands.CreateAsync
/// with a recording scheduler), then the job (ImportRunner.RunAsync) reading the stored file, on SQLite
/// files of their own: a generated CSV into an empty database, the next file (half of it the same
/// people) into the 100 000 that made (update, and skip), and the first file as XLSX into an empty database.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task RunAsync(string folder, int rows, TextWriter output, CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var phones = new PhoneNormalizer(Options.Create(new ContactOptions()));
        var store = new FileStore(Options.Create(new FileStorageOptions { Root = Path.Combine(folder, "files") }));
        var started = Stopwatch.GetTimestamp();
        var firstCsv = Path.Combine(folder, "kontakty.csv");
        var secondCsv = Path.Combine(folder, "kontakty-2.csv");
        var firstXlsx = Path.Combine(folder, "kontakty.xlsx");
        await ImportFileWriter.WriteCsvAsync(firstCsv, ImportFileRows.Generate(0, rows), cancellationToken);
        await ImportFileWriter.WriteCsvAsync(secondCsv, ImportFileRows.Generate(rows / 2, rows), cancellationToken);
        ImportFileWriter.WriteXlsx(firstXlsx, ImportFileRows.Generate(0, rows));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"imports: {rows:N0}-row files written in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s " +
            $"(CSV {new FileInfo(firstCsv).Length / 1024 / 1024} MB, XLSX {new FileInfo(firstXlsx).Length / 1024 / 1024} MB)");

        var template = Path.Combine(folder, "import-empty.db");
        var adminId = await CreateEmptyDatabaseAsync(template, cancellationToken);
        var csv = new ImportReadSettings(ImportFileFormat.Text, 65001, ';');
        var xlsx = new ImportReadSettings(ImportFileFormat.Xlsx);
        var cases = new List<ImportCaseResult>();
        var run = new ImportCase(store, phones, clock, adminId);

        // The web app that runs the job is warm: one small unmeasured import first, so the first case
        // does not pay for the JIT and EF Core's model and query compilation.
        var warmUp = Path.Combine(folder, "warm-up.csv");
        await ImportFileWriter.WriteCsvAsync(warmUp, ImportFileRows.Generate(0, Math.Max(2000, rows / 5)), cancellationToken);
        var warm = await run.RunAsync("warm-up (not measured)", Copy(template, Path.Combine(folder, "import-warm-up.db")), warmUp, csv, ImportDuplicatePolicy.Skip, 15, cancellationToken);
        await output.WriteLineAsync($"warm-up: {warm.Rows:N0} rows in {warm.Seconds:0.0} s");

        var intoEmpty = Copy(template, Path.Combine(folder, "import-csv.db"));
        cases.Add(await run.RunAsync("CSV into empty", intoEmpty, firstCsv, csv, ImportDuplicatePolicy.Skip, 15, cancellationToken));
        foreach (var policy in new[] { ImportDuplicatePolicy.Update, ImportDuplicatePolicy.Skip })
        {
            var existing = Copy(intoEmpty, Path.Combine(folder, $"import-existing-{policy}.db"));
            cases.Add(await run.RunAsync($"CSV into 100k, {policy.ToString().ToLowerInvariant()}", existing, secondCsv, csv, policy, 25, cancellationToken));
            File.Delete(existing);
        }

        cases.Add(await run.RunAsync("XLSX into empty", Copy(template, Path.Combine(folder, "import-xlsx.db")), firstXlsx, xlsx, ImportDuplicatePolicy.Skip, 40, cancellationToken));
        ImportCaseResult.Print(output, cases);
        var (csvRows, csvSeconds) = await ReadAloneAsync(firstCsv, csv, cancellationToken);
        var (xlsxRows, xlsxSeconds) = await ReadAloneAsync(firstXlsx, xlsx, cancellationToken);
        await output.WriteLineAsync($"reading alone (the file readers, no database): CSV {csvRows:N0} rows in {csvSeconds:0.00} s CPU, XLSX {xlsxRows:N0} rows in {xlsxSeconds:0.00} s CPU");
    }

    /// <summary>The CPU seconds the file readers take for the whole file: what of a case is reading, not writing.</summary>
    private static async Task<(int Rows, double CpuSeconds)> ReadAloneAsync(string file, ImportReadSettings settings, CancellationToken cancellationToken)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using var stream = File.OpenRead(file);
        var opened = await ImportTableReader.OpenAsync(stream, settings, cancellationToken);
        await using var table = opened.Value ?? throw new InvalidOperationException($"{file} cannot be read.");
        var rows = 0;
        await foreach (var _ in table.ReadRowsAsync(0, cancellationToken))
        {
            rows++;
        }

        return (rows, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>A migrated database with one active admin (the import's creator), as a first start leaves it.</summary>
    private static async Task<string> CreateEmptyDatabaseAsync(string path, CancellationToken cancellationToken)
    {
        await using var db = new ServiceContext(path, logSql: false).Create(new SystemUser());
        await db.Database.MigrateAsync(cancellationToken);
        var role = new IdentityRole(Roles.Admin) { NormalizedName = Roles.Admin.ToUpperInvariant() };
        var user = new AppUser { UserName = "import@bench.local", Email = "import@bench.local", DisplayName = "Małgorzata Importowa", IsActive = true, SecurityStamp = Guid.NewGuid().ToString() };
        user.NormalizedEmail = user.NormalizedUserName = user.Email.ToUpperInvariant();
        db.Roles.Add(role);
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        await db.SaveChangesAsync(cancellationToken);
        return user.Id;
    }

    private static string Copy(string from, string to)
    {
        // Pooled connections keep the file open (and its WAL unmerged): close them before copying.
        SqliteConnection.ClearAllPools();
        File.Copy(from, to, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(from + suffix))
            {
                File.Copy(from + suffix, to + suffix, overwrite: true);
            }
        }

        return to;
    }
}
