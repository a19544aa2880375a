namespace SimpleCrm.Application.Leads;

/// <summary>One lead source on Admin > Lead sources, in order, with how many leads (deleted ones too) carry it.</summary>
public sealed record LeadSourceListItem(int Id, string Name, string? ResourceKey, bool IsActive, int LeadCount);
