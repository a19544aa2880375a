using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.History;

/// <summary>
/// One page of a record's timeline with its type filter. <see cref="InCard"/>: shown inside the
/// contact profile's card (which carries the test id and the title), not as the lead card's tab.
/// </summary>
public sealed record RecordTimelineViewModel(RecordRef Record, Page<TimelineLine> Lines, TimelineKind Kind, bool InCard)
{
    /// <summary>The element the filter and pager links replace with htmx.</summary>
    public string ElementId => $"timeline-{Record.Type}-{Record.Id}";
}
