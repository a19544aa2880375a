using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.LeadContactPersons;

/// <summary>The lead's contact persons with the add form.</summary>
public sealed record LeadContactPersonsViewModel(int LeadId, IReadOnlyList<LeadContactPersonItem> People)
{
    /// <summary>An empty input for the add form's fields.</summary>
    public LeadContactPersonInput Input { get; } = new();
}
