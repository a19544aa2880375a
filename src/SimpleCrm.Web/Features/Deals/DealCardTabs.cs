using SimpleCrm.Web.Features.Leads;

namespace SimpleCrm.Web.Features.Deals;

/// <summary>The tabs of the deal card, as they appear in its URL (?tab=notes): the same names as the lead card's, so record links open either.</summary>
public static class DealCardTabs
{
    /// <summary>Every tab with the resource key of its title.</summary>
    public static IReadOnlyList<(string Tab, string TitleKey)> All { get; } =
    [
        (LeadCardTabs.Timeline, "LeadCard.TabTimeline"),
        (LeadCardTabs.Notes, "LeadCard.TabNotes"),
        (LeadCardTabs.Tasks, "LeadCard.TabTasks"),
        (LeadCardTabs.Reminders, "LeadCard.TabReminders"),
        (LeadCardTabs.Files, "LeadCard.TabFiles"),
        (LeadCardTabs.Emails, "LeadCard.TabEmails"),
    ];

    /// <summary>The tab asked for, or the timeline (stage changes and edits) when none or an unknown one is.</summary>
    public static string Open(string? tab) => All.Any(t => t.Tab == tab) ? tab! : LeadCardTabs.Timeline;
}
