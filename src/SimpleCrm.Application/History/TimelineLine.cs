using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.History;

/// <summary>
/// One line of a timeline as the page shows it (time in the app's zone): a history line (its
/// <see cref="Action"/> and <see cref="Details"/>) or a logged activity (<see cref="Activity"/>),
/// with the record it belongs to and that record's name.
/// </summary>
public sealed record TimelineLine(
    DateTime At,
    string? Action,
    string? Details,
    string? UserName,
    RecordRef Record,
    string? RecordName,
    TimelineActivity? Activity);
