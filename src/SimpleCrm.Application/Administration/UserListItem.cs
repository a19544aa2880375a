namespace SimpleCrm.Application.Administration;

/// <summary>One row of Admin > Users.</summary>
public sealed record UserListItem(string Id, string Email, string DisplayName, string? Role, bool IsActive, bool IsLockedOut);
