using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals.AddClients;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;
using Xunit.Abstractions;

namespace SimpleCrm.Application.Tests.Deals.AddClients;

/// <summary>The summary of a 100 000-member list is counted in the database, not by loading contacts.</summary>
public sealed class AddClientsVolumeTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    private const int Members = 100_000;

    [Fact]
    public async Task The_summary_of_a_100_000_member_list_with_shared_emails_is_counted_in_the_database()
    {
        var admin = TestUser.Admin("volume-admin");
        var stages = await database.StagesAsync(await database.AddPipelineAsync(admin, "Volume"));
        var template = await database.AddContactAsync("Volume");
        var list = await database.AddListAsync("Volume", [template]);
        await SeedAsync(template, list);
        await using var db = database.Context(admin);
        var queries = database.Queries(db, admin);
        var selection = new AddClientsSelection([list], []);
        await queries.SummarizeAsync(stages[0].PipelineId, selection, "Licencja", CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var summary = await queries.SummarizeAsync(stages[0].PipelineId, selection, "Licencja", CancellationToken.None);
        watch.Stop();

        output.WriteLine($"Summary of {summary!.Matched} members: {watch.ElapsedMilliseconds} ms");
        Assert.Equal((Members + 1, Members / 100), (summary.Matched, summary.EmailDuplicates));
        Assert.True(summary.OverLimit);
        // About 0.8 s on a quiet 2-core machine (the plain matched count: 40 ms); the bound leaves room for a
        // busy test run, and loading the 100 000 contacts to count them would still take longer.
        Assert.InRange(watch.ElapsedMilliseconds, 0, 4000);
    }

    /// <summary>
    /// 100 000 copies of the template contact on the list, each with its own email, and every
    /// hundredth sharing the email of the contact before it.
    /// </summary>
    private async Task SeedAsync(int template, int list)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('Contacts') WHERE name <> 'Id'";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add('"' + reader.GetString(0) + '"');
            }
        }

        var names = string.Join(", ", columns);
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Members}) " +
            $"INSERT INTO Contacts ({names}) SELECT {names} FROM Contacts, n WHERE Contacts.Id = {template};" +
            $"INSERT INTO ContactListMembers (ListId, ContactId, AddedAt) SELECT {list}, Id, '2026-11-24' FROM Contacts WHERE Id > {template};" +
            "INSERT INTO ContactEmails (ContactId, Address, Normalized, Position) " +
            $"SELECT Id, 'p' || (CASE WHEN Id % 100 = 0 THEN Id - 1 ELSE Id END) || '@x.pl', 'p' || (CASE WHEN Id % 100 = 0 THEN Id - 1 ELSE Id END) || '@x.pl', 0 FROM Contacts WHERE Id > {template};";
        await insert.ExecuteNonQueryAsync();
    }
}
