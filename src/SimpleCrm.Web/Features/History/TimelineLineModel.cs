using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.History;

/// <summary>
/// One timeline line to render, the record whose timeline shows it (null on /History: every line then
/// names its record) and where an activity's edit and delete go back to.
/// </summary>
public sealed record TimelineLineModel(TimelineLine Line, RecordRef? Of, string ReturnUrl)
{
    /// <summary>Whether the line names its record: on /History always, on a contact's timeline for the lines of its leads.</summary>
    public bool ShowsRecord => Of != Line.Record;
}
