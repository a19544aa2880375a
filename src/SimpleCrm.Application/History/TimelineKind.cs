namespace SimpleCrm.Application.History;

/// <summary>The type filter of a timeline: which lines to show. <see cref="All"/> shows everything.</summary>
public enum TimelineKind
{
    All = 0,
    Activities,
    Notes,
    Tasks,
    Emails,
    Changes,
    Conversions,
    Files,
    Automation,
    Imports,
}
