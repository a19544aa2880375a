namespace SimpleCrm.Web.Features.Leads;

/// <summary>The tabs of the lead card, as they appear in its URL (?tab=notes), in their order.</summary>
public static class LeadCardTabs
{
    public const string People = "people";
    public const string Notes = "notes";
    public const string Files = "files";
    public const string Timeline = "timeline";
    public const string Tasks = "tasks";
    public const string Emails = "emails";
    public const string Reminders = "reminders";

    /// <summary>Every tab with the resource key of its title; deals and invoices wait for later issues.</summary>
    public static IReadOnlyList<(string Tab, string TitleKey)> All { get; } =
    [
        (People, "LeadCard.TabPeople"),
        (Notes, "LeadCard.TabNotes"),
        (Files, "LeadCard.TabFiles"),
        (Timeline, "LeadCard.TabTimeline"),
        (Tasks, "LeadCard.TabTasks"),
        (Reminders, "LeadCard.TabReminders"),
        (Emails, "LeadCard.TabEmails"),
        ("deals", "LeadCard.TabDeals"),
        ("invoices", "LeadCard.TabInvoices"),
    ];

    /// <summary>The tab asked for, or the timeline (what happened lately) when none or an unknown one is.</summary>
    public static string Open(string? tab) => All.Any(t => t.Tab == tab) ? tab! : Timeline;
}
