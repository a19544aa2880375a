namespace SimpleCrm.Application.History;

/// <summary>One line of a record's history as the timeline shows it.</summary>
public sealed record HistoryLine(DateTime At, string Action, string? Details, string? UserName);
