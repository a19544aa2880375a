using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The lead pages of issue 4 over HTTP at scale: the list's first page, the status + responsible
/// filter, the kanban board, and the duplicate check the form runs before saving. Each case is
/// checked against the database first (the page must show what a raw count says), then timed one
/// request at a time after warm-up rounds.
/// </summary>
internal static partial class LeadBenchmark
{
    private const int Probes = 50;

    public static async Task RunAsync(
        PageClient admin, PageClient rep, string databasePath, LeadBenchmarkIds ids, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var probes = await ProbesAsync(databasePath, cancellationToken);
        var cases = new List<LeadCase>
        {
            new("list, first page", 50, admin, _ => "/Leads", OpenCountSql),
            new("list, status + responsible", 50, admin, _ => $"/Leads?StatusIds={ids.InProgressStatusId}&ResponsibleUserId={ids.ResponsibleUserId}",
                $"{OpenCountSql} AND \"StatusId\" = {ids.InProgressStatusId} AND \"ResponsibleUserId\" = '{ids.ResponsibleUserId}'"),
            new("list, all incl. closed", 50, admin, _ => "/Leads?IncludeClosed=true", "SELECT COUNT(*) FROM \"Leads\" WHERE NOT \"IsDeleted\""),
            new("list, sales rep", 50, rep, _ => "/Leads", null),
            new("list, grouped by status", 50, admin, _ => "/Leads?Group=Status", OpenCountSql),
            new("find duplicates, email", 300, admin, _ => "/Leads/Duplicates", null),
            new("find duplicates, name", 300, admin, _ => "/Leads/Duplicates?by=SameName", null),
            new("kanban, open", 300, admin, _ => "/Leads/Kanban", null),
            new("kanban, sales rep", 300, rep, _ => "/Leads/Kanban", null),
            new("duplicate check", 20, admin, i => probes[i % probes.Count], null),
        };

        foreach (var leadCase in cases)
        {
            await CheckAsync(leadCase, databasePath, probes, cancellationToken);
        }

        for (var round = 0; round < Math.Max(options.Warmup, 30); round++)
        {
            foreach (var leadCase in cases)
            {
                await leadCase.Client.GetAsync(leadCase.Url(round), cancellationToken);
            }
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"lead case",-28} {"p50 ms",8} {"p95 ms",8} {"max ms",8}  target p95");
        foreach (var leadCase in cases)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var samples = new double[options.Iterations];
            for (var i = 0; i < samples.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await leadCase.Client.GetAsync(leadCase.Url(i), cancellationToken);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            var latency = Latency.From(samples);
            await output.WriteLineAsync(
                $"{leadCase.Name,-28} {latency.P50,8:0.00} {latency.P95,8:0.00} {latency.Max,8:0.00}  ≤ {leadCase.TargetP95Ms} ms {(latency.P95 <= leadCase.TargetP95Ms ? "met" : "MISSED")}");
        }
    }

    private const string OpenCountSql =
        "SELECT COUNT(*) FROM \"Leads\" l JOIN \"LeadStatuses\" s ON s.\"Id\" = l.\"StatusId\" WHERE NOT l.\"IsDeleted\" AND s.\"Meaning\" = 'Open'";

    /// <summary>Fails when a page does not show what the database holds, so a broken page is never timed as a fast one.</summary>
    private static async Task CheckAsync(LeadCase leadCase, string databasePath, IReadOnlyList<string> probes, CancellationToken cancellationToken)
    {
        var html = await leadCase.Client.GetAsync(leadCase.Url(0), cancellationToken);
        if (leadCase.CountSql is { } sql)
        {
            var expected = await ScalarAsync(databasePath, sql, cancellationToken);
            var shown = PageClient.TotalOf(html);
            if (shown != expected)
            {
                throw new InvalidOperationException($"{leadCase.Name}: the page shows {shown} leads, the database holds {expected}.");
            }
        }

        if (leadCase.Name.StartsWith("kanban", StringComparison.Ordinal) && !html.Contains("data-testid=\"board-card\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{leadCase.Name}: the board shows no card.");
        }

        if (leadCase.Name != "duplicate check")
        {
            return;
        }

        foreach (var probe in probes)
        {
            if (!DuplicateItem().IsMatch(await leadCase.Client.GetAsync(probe, cancellationToken)))
            {
                throw new InvalidOperationException($"duplicate check: {probe}, made from a seeded lead, found no duplicate.");
            }
        }
    }

    /// <summary>Form values of seeded leads spread over the table, as a user would type them: each must find at least the lead it came from.</summary>
    private static async Task<List<string>> ProbesAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Name\", \"FirstName\", \"LastName\", \"CompanyName\", \"Email\", \"Phone\", \"CompanyCode\" FROM \"Leads\" WHERE \"Id\" % 997 = 1 LIMIT {Probes}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var probes = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            string Field(int i, string name) => reader.IsDBNull(i) ? string.Empty : $"&{name}={Uri.EscapeDataString(reader.GetString(i))}";
            probes.Add("/Leads/Duplicates/Hint?" + string.Concat(
                Field(0, "Name")[1..], Field(1, "FirstName"), Field(2, "LastName"), Field(3, "CompanyName"), Field(4, "Email"), Field(5, "Phone"), Field(6, "CompanyCode")));
        }

        return probes;
    }

    private static async Task<int> ScalarAsync(string databasePath, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("data-testid=\"duplicate\"")]
    private static partial Regex DuplicateItem();
}
