namespace SimpleCrm.Application.Leads;

/// <summary>Message keys of Admin > Lead statuses and Admin > Lead sources; each is a key in the resource files.</summary>
public static class LeadConfigurationMessages
{
    public const string StatusNameTaken = "LeadStatuses.NameTaken";
    public const string InvalidColor = "LeadStatuses.InvalidColor";
    public const string InvalidMeaning = "LeadStatuses.InvalidMeaning";
    public const string StatusInUse = "LeadStatuses.InUse";
    public const string LastOpenStatus = "LeadStatuses.LastOpen";
    public const string LastConvertedStatus = "LeadStatuses.LastConverted";
    public const string StatusOrderOutdated = "LeadStatuses.OrderOutdated";
    public const string SourceNameTaken = "LeadSources.NameTaken";
    public const string SourceInUse = "LeadSources.InUse";
    public const string LastActiveSource = "LeadSources.LastActive";
    public const string SourceOrderOutdated = "LeadSources.OrderOutdated";
}
