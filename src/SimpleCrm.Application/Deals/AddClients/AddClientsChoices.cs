using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;

namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>Step 1: the lists and the segments the user may add from, each with its count of visible contacts.</summary>
public sealed record AddClientsChoices(IReadOnlyList<ListSummary> Lists, IReadOnlyList<SegmentSummary> Segments);
