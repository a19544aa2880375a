namespace SimpleCrm.Application.Leads;

/// <summary>A contact person as the lead card lists them.</summary>
public sealed record LeadContactPersonItem(int Id, string Name, string? Role, string? Email, string? Phone, string? PhoneE164);
