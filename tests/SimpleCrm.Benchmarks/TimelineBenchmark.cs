using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The timeline through the app's own <see cref="TimelineQueries"/>: the first page of a contact with
/// 2 000 entries (history lines and activities) and the first page of /History, a new context per
/// read (one per request in the app), one at a time, after unmeasured ones.
/// </summary>
internal static class TimelineBenchmark
{
    public const double TargetP95Ms = 50;

    private const int Entries = 2_000;

    private const int Activities = 200;

    public static async Task RunAsync(ServiceContext services, ICurrentUser admin, ICurrentUser rep, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var record = await EnsureEntriesAsync(services, cancellationToken);
        (string Name, Func<CancellationToken, Task<int>> Read)[] cases =
        [
            ($"contact timeline, {Entries:N0} entries", ct => FirstPageAsync(services, admin, record, TimelineKind.All, ct)),
            ("contact timeline, activities only", ct => FirstPageAsync(services, admin, record, TimelineKind.Activities, ct)),
            ("/History, admin", ct => FeedAsync(services, admin, ct)),
            ("/History, sales rep", ct => FeedAsync(services, rep, ct)),
        ];
        for (var round = 0; round < options.Warmup; round++)
        {
            foreach (var (_, read) in cases)
            {
                await read(cancellationToken);
            }
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"timeline first page",-36} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"lines",8}  target p95 ≤ {TargetP95Ms:0} ms");
        foreach (var (name, read) in cases)
        {
            var lines = await read(cancellationToken);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var samples = new double[options.Iterations];
            for (var i = 0; i < samples.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await read(cancellationToken);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            var latency = Latency.From(samples);
            await output.WriteLineAsync($"{name,-36} {latency.P50,8:0.00} {latency.P95,8:0.00} {latency.Max,8:0.00} {lines,8}  {(latency.P95 <= TargetP95Ms ? "met" : "MISSED")}");
        }
    }

    /// <summary>Gives the first person contact 2 000 timeline entries unless it has them (a reused database keeps them).</summary>
    private static async Task<RecordRef> EnsureEntriesAsync(ServiceContext services, CancellationToken cancellationToken)
    {
        await using var db = services.Create(new SystemUser());
        var contactId = await db.Contacts.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(cancellationToken);
        var record = RecordRef.Contact(contactId);
        var existing = await db.History.CountAsync(h => h.RecordType == record.Type && h.RecordId == record.Id, cancellationToken)
            + await db.Activities.CountAsync(a => a.RecordType == record.Type && a.RecordId == record.Id, cancellationToken);
        if (existing < Entries)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Entries - Activities})
                INSERT INTO History (RecordType, RecordId, Action, Details, At, UserId)
                SELECT 'Contact', {contactId}, CASE i % 3 WHEN 0 THEN 'NoteAdded' WHEN 1 THEN 'FieldChanged' ELSE 'TaskCreated' END,
                       'Notatka ' || i, datetime('2025-01-01', '+' || i || ' hours'), NULL FROM n
                """,
                cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Activities})
                INSERT INTO Activities (RecordType, RecordId, Type, At, DurationMinutes, Outcome, Text, CreatedAt, UpdatedAt)
                SELECT 'Contact', {contactId}, 1 + i % 3, datetime('2025-01-01', '+' || (i * 9) || ' hours'), 15, 'Rozmowa ' || i, NULL,
                       datetime('now'), datetime('now') FROM n
                """,
                cancellationToken);
        }

        return record;
    }

    private static async Task<int> FirstPageAsync(ServiceContext services, ICurrentUser user, RecordRef record, TimelineKind kind, CancellationToken cancellationToken)
    {
        await using var db = services.Create(user);
        var page = await new TimelineQueries(db, user, services.Clock).OfRecordAsync(record, kind, 1, cancellationToken);
        return page?.Items.Count ?? 0;
    }

    private static async Task<int> FeedAsync(ServiceContext services, ICurrentUser user, CancellationToken cancellationToken)
    {
        await using var db = services.Create(user);
        return (await new TimelineQueries(db, user, services.Clock).AcrossAsync(new TimelineFilter(), 1, cancellationToken)).Items.Count;
    }
}
