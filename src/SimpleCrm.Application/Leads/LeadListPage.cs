using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>One page of the lead list and, when it is grouped, every group of the filter in order with its count.</summary>
public sealed record LeadListPage(Page<LeadListItem> Page, IReadOnlyList<LeadListGroup> Groups)
{
    /// <summary>The query as it was read: without the statuses, source and sort field that no longer exist (see <see cref="LeadListVocabulary"/>).</summary>
    public LeadListQuery Query { get; init; } = new();

    /// <summary>The header a row sits under; null when the list is not grouped.</summary>
    public LeadListGroup? GroupOf(LeadListItem item) => Groups.FirstOrDefault(g => g.Holds(item));
}
