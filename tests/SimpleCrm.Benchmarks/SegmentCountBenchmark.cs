using System.Diagnostics;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// A segment's live count through the app's own <see cref="ContactMatching.CountAsync"/>: a new
/// context per count (one per request in the app), one count at a time, after unmeasured ones.
/// </summary>
internal static class SegmentCountBenchmark
{
    public static async Task RunAsync(
        ServiceContext services, ICurrentUser admin, ICurrentUser rep, IReadOnlyList<SegmentCase> cases, BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        // Warm every case first, so the JIT's recompilation of hot code is not charged to the first one.
        for (var round = 0; round < options.Warmup; round++)
        {
            foreach (var segment in cases)
            {
                await CountAsync(services, segment.AsSalesRep ? rep : admin, segment.Filter, log: false, cancellationToken);
            }
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"segment count",-32} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"count",8}  target p95 ≤ {SegmentCase.TargetP95Ms:0} ms");
        foreach (var segment in cases)
        {
            var user = segment.AsSalesRep ? rep : admin;
            var total = await CountAsync(services, user, segment.Filter, log: true, cancellationToken);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var samples = new double[options.Iterations];
            for (var i = 0; i < samples.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await CountAsync(services, user, segment.Filter, log: false, cancellationToken);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            var latency = Latency.From(samples);
            await output.WriteLineAsync(
                $"{segment.Name,-32} {latency.P50,8:0.00} {latency.P95,8:0.00} {latency.Max,8:0.00} {total,8}  {(latency.P95 <= SegmentCase.TargetP95Ms ? "met" : "MISSED")}");
        }
    }

    private static async Task<int> CountAsync(ServiceContext services, ICurrentUser user, ContactFilter filter, bool log, CancellationToken cancellationToken)
    {
        await using var db = services.Create(user, log);
        return await new ContactMatching(db, user).CountAsync(filter, cancellationToken);
    }
}
