namespace SimpleCrm.Benchmarks;

/// <summary>One timed lead page: its target, whose client asks, the URL of sample i and, for lists, the SQL of the total it must show.</summary>
internal sealed record LeadCase(string Name, double TargetP95Ms, PageClient Client, Func<int, string> Url, string? CountSql);
