namespace SimpleCrm.Application.Leads;

/// <summary>A saved filter as the list's quick links show it: its name and the query it opens, cleaned of what no longer exists.</summary>
public sealed record SavedLeadFilterLink(int Id, string Name, LeadListQuery Query);
