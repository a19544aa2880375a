using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Adds a new tag to about half of the contacts (those created in the first half of the seeded
/// span) through the real <see cref="BulkContactActions"/>: StartAsync queues the job, and its
/// background half, RunJobAsync, runs it here in batches with a history line per contact. Every run
/// adds a tag of its own, so each really inserts a row per matched contact.
/// </summary>
internal static class BulkTagBenchmark
{
    private const double TargetSeconds = 5;

    /// <summary>Contacts created up to this day: about half of them, whatever the seeded count.</summary>
    public static ContactListQuery HalfOfTheContacts { get; } = new()
    {
        CreatedTo = DateOnly.FromDateTime(ContactSeeder.FirstCreated + (ContactSeeder.CreatedSpan / 2)).AddDays(-1),
    };

    public static async Task RunAsync(ServiceContext services, ICurrentUser admin, int runs, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"bulk: add a tag to the contacts created up to {HalfOfTheContacts.CreatedTo:yyyy-MM-dd}, as the admin, {runs} runs");
        await output.WriteLineAsync($"{"tag",-26} {"matched",8} {"changed",8} {"start s",8} {"job s",8} {"total s",8}  target job ≤ {TargetSeconds} s");
        var stamp = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var jobSeconds = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var tag = $"bench-{stamp}-{run}";
            var scheduler = new RecordingScheduler();
            var started = Stopwatch.GetTimestamp();
            BulkOutcome outcome;
            await using (var db = services.Create(admin))
            {
                var result = await Actions(db, admin, services.Clock, scheduler)
                    .StartAsync(new BulkRequest { Action = BulkActionKind.AddTags, Tags = tag, Query = HalfOfTheContacts }, cancellationToken);
                outcome = result.Value ?? throw new InvalidOperationException($"The bulk action was refused: {string.Join(", ", result.Failures.Select(f => f.MessageKey))}");
            }

            var start = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var jobId = scheduler.JobId ?? throw new InvalidOperationException($"{outcome.Total} contacts did not make a background job.");
            var running = Stopwatch.GetTimestamp();
            await using (var db = services.Create(admin))
            {
                await Actions(db, admin, services.Clock, scheduler).RunJobAsync(jobId, cancellationToken);
            }

            var job = Stopwatch.GetElapsedTime(running).TotalSeconds;
            var total = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await using (var db = services.Create(admin))
            {
                var done = await db.BulkJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
                if (done.Status != BulkJobStatus.Succeeded || done.Processed != outcome.Total)
                {
                    throw new InvalidOperationException($"The job ended {done.Status} after {done.Processed} of {outcome.Total} contacts.");
                }

                jobSeconds.Add(job);
                await output.WriteLineAsync($"{tag,-26} {outcome.Total,8} {done.Affected,8} {start,8:0.00} {job,8:0.00} {total,8:0.00}  {(job <= TargetSeconds ? "met" : "MISSED")}");
            }
        }

        var latency = Latency.From(jobSeconds);
        await output.WriteLineAsync($"job: best {jobSeconds.Min():0.00} s, median {latency.P50:0.00} s, worst {latency.Max:0.00} s");
    }

    /// <summary>The bulk actions wired as the web app and its background runner wire them.</summary>
    private static BulkContactActions Actions(CrmDbContext db, ICurrentUser user, TimeProvider clock, IBulkJobScheduler scheduler) =>
        new(db, user, new ContactMatching(db, user), new BulkPlanner(db, user, new TagCommands(db, user, clock)),
            new BulkBatch(db, user, clock, new ListMembership(db, user, clock)), scheduler, clock);
}
