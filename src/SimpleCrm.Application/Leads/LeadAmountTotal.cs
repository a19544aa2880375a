namespace SimpleCrm.Application.Leads;

/// <summary>The sum of the estimated amounts in one currency.</summary>
public sealed record LeadAmountTotal(string Currency, decimal Amount);
