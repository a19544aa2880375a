namespace SimpleCrm.Benchmarks;

/// <summary>What one case measured: the page over HTTP, the raw baseline, and whether both met the targets.</summary>
internal sealed record CaseResult(BenchmarkCase Case, Latency Page, Latency Raw, ServerBreakdown Server, int AppTotal, int RawTotal)
{
    public double Ratio => Page.P95 / Raw.P95;

    public bool Passed => Page.P95 <= Case.TargetP95Ms && Ratio <= BenchmarkCase.TargetRatio;
}
