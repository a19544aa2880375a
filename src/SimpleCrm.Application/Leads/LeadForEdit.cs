namespace SimpleCrm.Application.Leads;

/// <summary>A lead as its edit form starts: the input filled from the stored lead, its name for the title and the version to save against.</summary>
public sealed record LeadForEdit(LeadInput Input, string Name, Guid Version);
