using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Tests.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Activities;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.History;

/// <summary>
/// /History over 50 000 history lines: SQLite serves the first page by walking the (At) indexes of
/// both tables newest first, merging them, and stopping after a page — it never sorts every line.
/// </summary>
public sealed class HistoryFeedPlanTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const int Lines = 50_000;

    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
        await db.Database.ExecuteSqlRawAsync(
            $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Lines})
            INSERT INTO History (RecordType, RecordId, Action, Details, At, UserId)
            SELECT CASE i % 2 WHEN 0 THEN 'Lead' ELSE 'Contact' END, i % 5000, 'FieldChanged', 'Name: a → b', datetime('2025-01-01', '+' || i || ' minutes'), NULL FROM n
            """);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_managers_first_page_walks_both_at_indexes_without_sorting_every_line()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("plan-manager"));

        var plan = await PlanOfFirstPageAsync(manager, new TimelineFilter());

        var steps = plan.Split('\n');
        Assert.Contains("SCAN h USING INDEX IX_History_At", steps);
        Assert.Contains("SCAN a USING INDEX IX_Activities_At", steps);
        // Only the page's few rows are sorted, once, where the two sources meet.
        Assert.Equal(["USE TEMP B-TREE FOR ORDER BY"], steps.Where(s => s.Contains("TEMP B-TREE", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_sales_reps_first_page_walks_the_at_indexes_and_checks_each_lines_record_by_its_key()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("plan-rep"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Plan"));
        await database.LogAsync(rep, lead, "Rozmowa");

        var plan = await PlanOfFirstPageAsync(rep, new TimelineFilter());

        // The same walk as a manager's; each line's record is checked by its primary key, so a rep who sees
        // thousands of records never has all of their lines gathered and sorted.
        var steps = plan.Split('\n');
        Assert.Contains("SCAN h USING INDEX IX_History_At", steps);
        Assert.Contains(steps, s => s.StartsWith("SEARCH l", StringComparison.Ordinal) && s.Contains("PRIMARY KEY", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.StartsWith("SEARCH c", StringComparison.Ordinal) && s.Contains("PRIMARY KEY", StringComparison.Ordinal));
        Assert.DoesNotContain("SCAN h", steps);
        Assert.True(steps.Count(s => s.Contains("TEMP B-TREE", StringComparison.Ordinal)) <= 2, plan);
    }

    [Fact]
    public void The_same_statement_translates_for_sql_server_cutting_each_source_to_the_page_before_the_union()
    {
        using var db = SqlServerModel.CreateContext();
        var rep = TestUser.SalesRep("sql-server-rep");

        var sql = new TimelineQueries(db, rep, database.Clock).FeedQuery(new TimelineFilter(Kind: TimelineKind.All), 3).ToQueryString();

        Assert.Contains("UNION ALL", sql, StringComparison.Ordinal);
        // Each source cut to the end of the page (TOP with the page's bound); the names are TOP(1) lookups.
        Assert.Equal(2, sql.Split("TOP(@", StringSplitOptions.None).Length - 1);
        Assert.Contains("OFFSET", sql, StringComparison.Ordinal);
    }

    private async Task<string> PlanOfFirstPageAsync(TestUser user, TimelineFilter filter)
    {
        var recorder = new SqlRecorder();
        await using var db = database.Context(user, recorder);
        var page = await database.Timeline(db, user).AcrossAsync(filter, 1, None);
        Assert.NotEmpty(page.Items);
        var sql = recorder.Statements.Last(s => s.Contains("UNION ALL", StringComparison.Ordinal));
        return await database.QueryPlanAsync(sql);
    }
}
