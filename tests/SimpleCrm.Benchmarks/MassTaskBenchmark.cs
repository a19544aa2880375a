using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Mass task creation on 10 000 ticked leads through the real <see cref="MassTaskCreation"/>, as the
/// admin, each task to its lead's responsible user (four owners, so four INSERT ... SELECT per batch)
/// with a TaskCreated history line per lead. Every run adds its own 10 000 tasks.
/// </summary>
internal static class MassTaskBenchmark
{
    private const int Leads = 10_000;
    private const double TargetSeconds = 5;

    public static async Task RunAsync(ServiceContext services, ICurrentUser admin, int runs, TextWriter output, CancellationToken cancellationToken)
    {
        List<int> ids;
        await using (var db = services.Create(admin))
        {
            ids = await db.Leads.AsNoTracking().Where(l => l.Status!.Meaning == LeadStatusMeaning.Open)
                .OrderBy(l => l.Id).Select(l => l.Id).Take(Leads).ToListAsync(cancellationToken);
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"mass tasks: one task on each of {ids.Count:N0} ticked open leads, as the admin, to each lead's responsible user, {runs} runs");
        await output.WriteLineAsync($"{"run",4} {"created",8} {"s",8}  target ≤ {TargetSeconds} s");
        var seconds = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var title = $"bench mass task {DateTime.UtcNow:HHmmss} {run}";
            var input = new MassTaskInput { Task = new TaskInput { Title = title, DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3), Priority = TaskPriority.High } };
            var started = Stopwatch.GetTimestamp();
            int created;
            await using (var db = services.Create(admin))
            {
                var result = await Creation(db, admin, services.Clock).ForLeadsAsync(new LeadBulkRequest { Ids = ids }, input, cancellationToken);
                created = result.Succeeded ? result.Value : throw new InvalidOperationException($"Refused: {string.Join(", ", result.Failures.Select(f => f.MessageKey))}");
            }

            var took = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await using (var db = services.Create(admin))
            {
                var stored = await db.Tasks.CountAsync(t => t.Title == title, cancellationToken);
                if (created != ids.Count || stored != ids.Count)
                {
                    throw new InvalidOperationException($"{created} tasks reported, {stored} stored, for {ids.Count} leads.");
                }
            }

            seconds.Add(took);
            await output.WriteLineAsync($"{run,4} {created,8} {took,8:0.00}  {(took <= TargetSeconds ? "met" : "MISSED")}");
        }

        var latency = Latency.From(seconds);
        await output.WriteLineAsync($"mass tasks: best {seconds.Min():0.00} s, median {latency.P50:0.00} s, worst {latency.Max:0.00} s");
    }

    /// <summary>The mass task creation wired as the web app wires it.</summary>
    private static MassTaskCreation Creation(CrmDbContext db, ICurrentUser user, TimeProvider clock) =>
        new(db, user, new TaskCommands(db, user, clock), new LeadBulkActions(db, user, clock), new ContactMatching(db, user), clock);
}
