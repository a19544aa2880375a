namespace SimpleCrm.Application.Leads;

/// <summary>A lead or a contact that may be the same customer as the lead being saved.</summary>
public sealed record LeadDuplicate(LeadDuplicateKind Kind, int Id, string DisplayName, LeadDuplicateReason Reason);
