namespace SimpleCrm.Application.Leads;

/// <summary>A source as the form and the list filter offer it.</summary>
public sealed record LeadSourceOption(int Id, string Name, string? ResourceKey);
