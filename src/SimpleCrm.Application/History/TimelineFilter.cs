namespace SimpleCrm.Application.History;

/// <summary>The filter of /History: whose lines (a user id; none: everyone's), which kind, and a range of days in the app's time zone.</summary>
public sealed record TimelineFilter(string? UserId = null, TimelineKind Kind = TimelineKind.All, DateOnly? From = null, DateOnly? To = null);
