using SimpleCrm.Application.Activities;

namespace SimpleCrm.Application.History;

/// <summary>
/// The one row shape both sources of the timeline are projected into, so history lines and
/// activities are merged, ordered and paged by one SQL statement (UNION ALL). A history line has no
/// <see cref="ActivityId"/>; an activity has no <see cref="Action"/>.
/// </summary>
internal sealed class TimelineRow
{
    public DateTime At { get; init; }

    public long Id { get; init; }

    public string RecordType { get; init; } = string.Empty;

    public int RecordId { get; init; }

    public string? UserId { get; init; }

    public string? Action { get; init; }

    public string? Details { get; init; }

    public int? ActivityId { get; init; }

    public ActivityType? Type { get; init; }

    public int? DurationMinutes { get; init; }

    public string? Outcome { get; init; }
}
