namespace SimpleCrm.Application.Leads;

/// <summary>
/// What a mass action did: how many leads it changed and what it set (the status's name and resource
/// key, or the user's name), so the page can say "12 leads moved to In progress".
/// </summary>
public sealed record LeadBulkOutcome(LeadBulkAction Action, int Changed, string? TargetName, string? TargetResourceKey);
