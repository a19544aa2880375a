namespace SimpleCrm.Benchmarks;

/// <summary>What the lead cases filter by: the "In progress" status and one responsible user.</summary>
internal sealed record LeadBenchmarkIds(int InProgressStatusId, string ResponsibleUserId);
