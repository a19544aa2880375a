namespace SimpleCrm.Application.Leads;

/// <summary>
/// One lead status on Admin > Lead statuses, in order, with how many leads (deleted ones too) carry it
/// and the names of the active task templates entering it fires (null when none).
/// </summary>
public sealed record LeadStatusListItem(
    int Id,
    string Name,
    string? ResourceKey,
    string Color,
    LeadStatusMeaning Meaning,
    bool ShowOnKanban,
    int LeadCount,
    string? TaskTemplateNames = null);
