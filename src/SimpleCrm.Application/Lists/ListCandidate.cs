namespace SimpleCrm.Application.Lists;

/// <summary>A contact that could join a list: offered while typing on the list's page.</summary>
public sealed record ListCandidate(int ContactId, string DisplayName);
