namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>What an "Add clients" did: deals created, contacts skipped for an open deal with the label, email duplicates left out.</summary>
public sealed record AddClientsOutcome(int Added, int Skipped, int EmailDuplicates);
