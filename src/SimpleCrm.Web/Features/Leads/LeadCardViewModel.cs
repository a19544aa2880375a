using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.Leads;

/// <summary>The lead card, the statuses of its status bar, the open tab and the timeline's page.</summary>
public sealed record LeadCardViewModel(LeadCard Lead, LeadOptions Options, string Tab = LeadCardTabs.Timeline, int Page = 1)
{
    /// <summary>The active lead fields with this lead's values.</summary>
    public IReadOnlyList<CustomFieldShown> CustomFields { get; init; } = [];

    /// <summary>The website as a link, with "https://" when the user typed it without a scheme; null when there is none.</summary>
    public string? WebsiteUrl => Lead.Website is null ? null
        : Lead.Website.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Lead.Website.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? Lead.Website
            : "https://" + Lead.Website;
}
