namespace SimpleCrm.Application.Deals;

/// <summary>The sum of a column's deal values in one currency and, when the stage has a probability, that sum weighted by it.</summary>
public sealed record DealAmountTotal(string Currency, decimal Amount, decimal? Weighted);
