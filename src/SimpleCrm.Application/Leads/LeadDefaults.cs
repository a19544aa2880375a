namespace SimpleCrm.Application.Leads;

/// <summary>The statuses and sources a new installation starts with (the defaults), as resource keys and colours.</summary>
public static class LeadDefaults
{
    public static IReadOnlyList<(string Key, string Name, string Color, LeadStatusMeaning Meaning, bool ShowOnKanban)> Statuses { get; } =
    [
        ("LeadStatuses.New", "New", "#0d6efd", LeadStatusMeaning.Open, true),
        ("LeadStatuses.NotContacted", "Not contacted", "#6f42c1", LeadStatusMeaning.Open, true),
        ("LeadStatuses.InProgress", "In progress", "#fd7e14", LeadStatusMeaning.Open, true),
        ("LeadStatuses.ProposalSent", "Proposal sent", "#20c997", LeadStatusMeaning.Open, true),
        ("LeadStatuses.Converted", "Converted", "#198754", LeadStatusMeaning.Converted, false),
        ("LeadStatuses.Junk", "Junk", "#6c757d", LeadStatusMeaning.Junk, false),
    ];

    public static IReadOnlyList<(string Key, string Name)> Sources { get; } =
    [
        ("LeadSources.Fair", "Fair"),
        ("LeadSources.Website", "Website"),
        ("LeadSources.Referral", "Referral"),
        ("LeadSources.PhoneCall", "Phone call"),
        ("LeadSources.WebForm", "Web form"),
        ("LeadSources.Import", "Import"),
        ("LeadSources.Other", "Other"),
    ];
}
