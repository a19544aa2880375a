namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>A contact on the "pick by hand" page: name and primary email.</summary>
public sealed record AddClientsCandidate(int Id, string DisplayName, string? Email);
