namespace SimpleCrm.Application.Leads;

/// <summary>
/// A lead list query a user saved under a name ("My hot fair leads"): the filters, sort and grouping,
/// not the page. Private to its owner; one owner's names differ in more than case.
/// </summary>
public sealed class SavedLeadFilter
{
    public const int NameMaxLength = 100;

    public const int QueryMaxLength = 4000;

    public int Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The name trimmed and lower-cased: unique per owner, so "Hot" and "HOT" cannot both exist, even when saved at once.</summary>
    public string NameKey { get; set; } = string.Empty;

    /// <summary>The <see cref="LeadListQuery"/> as JSON; read back through the current statuses and sources.</summary>
    public string Query { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }
}
