namespace SimpleCrm.Application.Leads;

/// <summary>One lead of a contact, as the contact's profile lists it.</summary>
public sealed record ContactLead(
    int Id,
    string Name,
    LeadStatusOption Status,
    decimal? EstimatedAmount,
    string? Currency,
    DateTime CreatedAt);
