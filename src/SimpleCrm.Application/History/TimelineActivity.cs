using SimpleCrm.Application.Activities;

namespace SimpleCrm.Application.History;

/// <summary>A logged call, meeting or visit on a timeline, with whether the reader may edit or delete it.</summary>
public sealed record TimelineActivity(int Id, ActivityType Type, int? DurationMinutes, string? Outcome, string? Text, bool CanEdit, bool CanDelete);
