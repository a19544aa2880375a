namespace SimpleCrm.Application.Leads;

/// <summary>A lead or contact of a duplicate group: its id for the link, its name and a line that tells it apart (person, company, email).</summary>
public sealed record LeadDuplicateMember(int Id, string Name, string? Detail);
