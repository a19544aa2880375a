namespace SimpleCrm.Application.History;

/// <summary>
/// One line of a record's history as the timeline shows it. On a contact's timeline, a line of one of
/// its leads names that lead (<paramref name="LeadId"/>, <paramref name="LeadName"/>).
/// </summary>
public sealed record HistoryLine(DateTime At, string Action, string? Details, string? UserName, int? LeadId = null, string? LeadName = null);
