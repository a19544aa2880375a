using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The pipeline board of issue 6 over HTTP: one pipeline holding 10 000 open deals (and closed ones in
/// Won and Lost), its board for the admin and for a sales rep, its list view, and cards dragged from
/// one column to the top of the next (the POST the board sends, with its token and the card's version).
/// </summary>
internal static class PipelineBenchmark
{
    private const string PipelineName = "Benchmark pipeline";
    private const int OpenDeals = 10_000;
    private const int ClosedDeals = 5_000;
    private const int BoardTargetMs = 300;
    private const int MoveTargetMs = 30;

    public static async Task RunAsync(
        BenchmarkWebFactory factory, PageClient admin, PageClient rep, string databasePath, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var (pipelineId, stages) = await EnsureAsync(factory, databasePath, output, cancellationToken);
        var board = $"/Pipelines/{pipelineId}";
        var cases = new List<(string Name, PageClient Client, string Url, int Target)>
        {
            ("board, admin", admin, board, BoardTargetMs),
            ("board, sales rep", rep, board, BoardTargetMs),
            ("board, filtered by value", admin, board + "?ValueFrom=100000", BoardTargetMs),
            ("list, first page", admin, board + "/List", BoardTargetMs),
            ("list, by value", admin, board + "/List?Sort=Value&Descending=true", BoardTargetMs),
        };

        var page = await admin.GetAsync(board, cancellationToken);
        if (!page.Contains("data-testid=\"board-card\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The pipeline board shows no card.");
        }

        for (var round = 0; round < Math.Max(options.Warmup, 30); round++)
        {
            foreach (var (_, client, url, _) in cases)
            {
                await client.GetAsync(url, cancellationToken);
            }
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"pipeline case",-28} {"p50 ms",8} {"p95 ms",8} {"max ms",8}  target p95");
        foreach (var (name, client, url, target) in cases)
        {
            GC.Collect();
            var samples = new double[options.Iterations];
            for (var i = 0; i < samples.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await client.GetAsync(url, cancellationToken);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            await WriteAsync(output, name, Latency.From(samples), target);
        }

        await WriteAsync(output, "move a card", await MoveAsync(admin, databasePath, board, stages, options, cancellationToken), MoveTargetMs);
    }

    /// <summary>Drags the top cards of the first column, one by one, to the top of the second: each POST timed.</summary>
    private static async Task<Latency> MoveAsync(PageClient admin, string databasePath, string board, List<int> stages, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var token = PageClient.CsrfTokenOf(await admin.GetAsync(board, cancellationToken));
        var moving = await TopCardsAsync(databasePath, stages[0], options.Warmup + options.Iterations, cancellationToken);
        var top = (await TopCardsAsync(databasePath, stages[1], 1, cancellationToken)).Select(c => (int?)c.Id).FirstOrDefault();
        var samples = new List<double>();
        for (var i = 0; i < moving.Count; i++)
        {
            var (id, version) = moving[i];
            List<(string, string)> fields = [("dealId", Id(id)), ("stageId", Id(stages[1])), ("version", version)];
            if (top is { } before)
            {
                fields.Add(("beforeId", Id(before)));
            }

            var started = Stopwatch.GetTimestamp();
            await admin.PostAsync("/Pipelines/Move", token, fields, cancellationToken);
            if (i >= options.Warmup)
            {
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            top = id;
        }

        return Latency.From(samples);
    }

    private static async Task<(int PipelineId, List<int> Stages)> EnsureAsync(BenchmarkWebFactory factory, string databasePath, TextWriter output, CancellationToken cancellationToken)
    {
        var existing = await factory.WithDbAsync(db => db.Pipelines.Where(p => p.Name == PipelineName).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken));
        if (existing is { } id)
        {
            await output.WriteLineAsync($"Reusing the pipeline {id} already in the database");
            return (id, await factory.WithDbAsync(db => db.Stages.Where(s => s.PipelineId == id).OrderBy(s => s.Position).Select(s => s.Id).ToListAsync(cancellationToken)));
        }

        var pipeline = await factory.WithDbAsync(async db =>
        {
            var created = new Pipeline { Name = PipelineName, NameKey = PipelineName.ToLowerInvariant(), Position = -1, Stages = PipelineDefaults.TemplateStages() };
            db.Pipelines.Add(created);
            await db.SaveChangesAsync(cancellationToken);
            return created;
        });
        var stages = pipeline.Stages.OrderBy(s => s.Position).Select(s => (s.Id, s.Kind)).ToList();
        string[] ownerEmails = [CrmWebFactory.AdminEmail, "rep1@bench.local", "rep2@bench.local", "rep3@bench.local"];
        var owners = await factory.WithDbAsync(db => db.Users.Where(u => ownerEmails.Contains(u.Email)).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(cancellationToken));
        var contacts = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().CountAsync(cancellationToken));
        var took = await new DealSeeder(databasePath, owners).SeedAsync(pipeline.Id, stages, OpenDeals, ClosedDeals, contacts, cancellationToken);
        await output.WriteLineAsync($"Seeded {OpenDeals:N0} open and {ClosedDeals:N0} closed deals in {took.TotalSeconds:0.0} s");
        SqliteConnection.ClearAllPools();
        return (pipeline.Id, [.. stages.Select(s => s.Id)]);
    }

    private static async Task<List<(int Id, string Version)>> TopCardsAsync(string databasePath, int stageId, int count, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\", \"Version\" FROM \"Deals\" WHERE \"StageId\" = $stage AND NOT \"IsDeleted\" ORDER BY \"BoardRank\", \"Id\" LIMIT $count";
        command.Parameters.AddWithValue("$stage", stageId);
        command.Parameters.AddWithValue("$count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cards = new List<(int, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cards.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return cards;
    }

    private static Task WriteAsync(TextWriter output, string name, Latency latency, int target) =>
        output.WriteLineAsync($"{name,-28} {latency.P50,8:0.00} {latency.P95,8:0.00} {latency.Max,8:0.00}  ≤ {target} ms {(latency.P95 <= target ? "met" : "MISSED")}");

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
