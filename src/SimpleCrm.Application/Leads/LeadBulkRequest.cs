namespace SimpleCrm.Application.Leads;

/// <summary>
/// A mass action on leads: on the <see cref="Ids"/> ticked in the list, or on every lead the list's
/// <see cref="Query"/> matches when <see cref="AllMatching"/>. Either way only leads the user sees.
/// </summary>
public sealed record LeadBulkRequest
{
    public LeadBulkAction Action { get; init; }

    // A List, not [] (an array): the form binder fills the list it finds and cannot add to an array.
    public IReadOnlyList<int> Ids { get; init; } = new List<int>();

    public bool AllMatching { get; init; }

    public LeadListQuery Query { get; init; } = new();

    /// <summary>The status to move to (<see cref="LeadBulkAction.ChangeStatus"/>).</summary>
    public int? StatusId { get; init; }

    /// <summary>The user to hand the leads to (<see cref="LeadBulkAction.AssignResponsible"/>).</summary>
    public string? ResponsibleUserId { get; init; }
}
