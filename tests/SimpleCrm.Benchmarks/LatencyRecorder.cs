using System.Diagnostics;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Times two operations (the page and its raw baseline) strictly one at a time, alternating them
/// sample by sample after unmeasured warm-up runs: on a machine shared with other work both then
/// see the same background load, so their ratio stays meaningful when absolute times drift.
/// </summary>
internal static class LatencyRecorder
{
    public static async Task<(Latency First, Latency Second)> MeasureAsync(
        Func<CancellationToken, Task> first, Func<CancellationToken, Task> second, int warmup, int iterations, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmup; i++)
        {
            await first(cancellationToken);
            await second(cancellationToken);
        }

        // Start every case from a collected heap, so one case's garbage is not another case's pause.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var firstSamples = new double[iterations];
        var secondSamples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            firstSamples[i] = await TimeAsync(first, cancellationToken);
            secondSamples[i] = await TimeAsync(second, cancellationToken);
        }

        return (Latency.From(firstSamples), Latency.From(secondSamples));
    }

    private static async Task<double> TimeAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await operation(cancellationToken);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
