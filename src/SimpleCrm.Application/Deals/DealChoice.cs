namespace SimpleCrm.Application.Deals;

/// <summary>A pipeline or a lost reason offered in a deal form: seeded ones read in the user's language by their resource key.</summary>
public sealed record DealChoice(int Id, string Name, string? ResourceKey);
