namespace SimpleCrm.Application.Leads;

/// <summary>The statuses in their order and the sources a lead may be given: what the lead pages offer to choose from.</summary>
public sealed record LeadOptions(IReadOnlyList<LeadStatusOption> Statuses, IReadOnlyList<LeadSourceOption> Sources)
{
    /// <summary>The statuses a plain status change may go to: moving to a Converted one is the conversion.</summary>
    public IEnumerable<LeadStatusOption> SettableStatuses => Statuses.Where(s => s.Meaning != LeadStatusMeaning.Converted);
}
