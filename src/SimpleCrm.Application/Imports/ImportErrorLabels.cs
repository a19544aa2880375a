namespace SimpleCrm.Application.Imports;

/// <summary>The error file's words in the user's language: the reason column's title and a reason's text from its message key and arguments.</summary>
public sealed record ImportErrorLabels(string ReasonHeader, Func<string, IReadOnlyList<string>, string> Reason);
