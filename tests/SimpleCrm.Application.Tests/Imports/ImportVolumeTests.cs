using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using Xunit.Abstractions;
using static SimpleCrm.Application.Tests.Imports.ImportFixture;

namespace SimpleCrm.Application.Tests.Imports;

/// <summary>
/// Generated files through the real run. By default a few thousand rows (quick); set
/// IMPORT_VOLUME_ROWS=100000 for the volume figure (printed, not asserted against a clock:
/// the machine is shared).
/// </summary>
public sealed class ImportVolumeTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    private static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("IMPORT_VOLUME_ROWS"), CultureInfo.InvariantCulture, out var rows) ? rows : 3_000;

    [Fact]
    public async Task A_generated_file_into_an_empty_database_and_again_with_duplicate_checks_creates_each_contact_once()
    {
        var admin = await database.UserAsync("volume-admin", Roles.Admin);
        var first = await database.StartImportAsync(admin, ImportDuplicatePolicy.Skip);
        var elapsed = await TimeAsync(() => database.RunImportAsync(first, Generated()));
        var second = await database.StartImportAsync(admin, ImportDuplicatePolicy.Update);
        var again = await TimeAsync(() => database.RunImportAsync(second, Generated()));

        output.WriteLine($"{Rows:N0} rows into an empty database: {elapsed.TotalSeconds:0.00} s; again with duplicate checks (update): {again.TotalSeconds:0.00} s; " +
                         $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        await using var check = database.Context(admin);
        Assert.Equal(Rows, await check.Contacts.CountAsync(c => c.LastName == "Wolumenowy"));
        Assert.Equal((Rows, 0), ((await database.ImportAsync(first)).Created, (await database.ImportAsync(first)).Failed));
        Assert.Equal((0, Rows), ((await database.ImportAsync(second)).Created, (await database.ImportAsync(second)).Updated));
    }

    private static InMemoryImportTable Generated() =>
        new(PersonHeader.Split(';'), [.. Enumerable.Range(0, Rows).Select(i => new string?[]
        {
            "Osoba" + i.ToString(CultureInfo.InvariantCulture),
            "Wolumenowy",
            $"osoba{i}@volume.pl",
            "+48 5" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
        })]);

    private static async Task<TimeSpan> TimeAsync(Func<Task> run)
    {
        var started = Stopwatch.GetTimestamp();
        await run();
        return Stopwatch.GetElapsedTime(started);
    }
}
