namespace SimpleCrm.Application.Lists;

/// <summary>A list as a choice in a filter or a form.</summary>
public sealed record ListOption(int Id, string Name);
