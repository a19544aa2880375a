namespace SimpleCrm.Application.Users;

/// <summary>A user as a choice in a form or filter.</summary>
public sealed record UserOption(string Id, string DisplayName);
