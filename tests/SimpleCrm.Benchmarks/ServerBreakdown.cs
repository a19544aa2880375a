namespace SimpleCrm.Benchmarks;

/// <summary>Medians of where the measured requests of one case spent their time inside the server.</summary>
internal sealed record ServerBreakdown(double ServerMs, double DatabaseMs, double FrameworkMs, int Commands)
{
    public static ServerBreakdown From(IReadOnlyList<RequestTiming> timings) => new(
        Latency.From([.. timings.Select(t => t.ServerMs)]).P50,
        Latency.From([.. timings.Select(t => t.DatabaseMs)]).P50,
        Latency.From([.. timings.Select(t => t.ServerMs - t.DatabaseMs)]).P50,
        (int)Latency.From([.. timings.Select(t => (double)t.Commands)]).P50);
}
