namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>
/// Whose contacts "Add clients" adds: the members of the chosen lists and the contacts the chosen
/// segments match now, and, when picked by hand, only those of them in <see cref="PickedIds"/>
/// (null: all of them). The wizard carries it from step to step in the form, never in a session.
/// </summary>
public sealed record AddClientsSelection(IReadOnlyList<int> ListIds, IReadOnlyList<int> SegmentIds, IReadOnlyList<int>? PickedIds = null)
{
    public bool IsEmpty => ListIds.Count == 0 && SegmentIds.Count == 0;

    /// <summary>Where the deals come from: a segment when any segment is chosen, a list otherwise.</summary>
    public DealSource Source => SegmentIds.Count > 0 ? DealSource.Segment : DealSource.List;
}
