namespace SimpleCrm.Application.Leads;

/// <summary>A status as selects, badges and the card's status bar offer it.</summary>
public sealed record LeadStatusOption(int Id, string Name, string? ResourceKey, string Color, LeadStatusMeaning Meaning);
