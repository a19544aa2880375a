namespace SimpleCrm.Benchmarks;

/// <summary>Percentiles of one case's samples, in milliseconds.</summary>
internal sealed record Latency(double P50, double P95, double Max, int Samples)
{
    public static Latency From(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return new Latency(Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted[^1], sorted.Length);
    }

    // Nearest rank: a real sample, never an interpolation between two.
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
