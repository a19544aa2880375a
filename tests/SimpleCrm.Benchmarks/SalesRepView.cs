namespace SimpleCrm.Benchmarks;

/// <summary>Whose list a rep case measures: the rep's id and the access classes they hold.</summary>
internal sealed record SalesRepView(string UserId, IReadOnlyList<int> ClassIds);
