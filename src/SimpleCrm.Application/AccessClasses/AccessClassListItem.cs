using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.AccessClasses;

/// <summary>One access class on Admin > Access classes: its grants and how many contacts carry it.</summary>
public sealed record AccessClassListItem(
    int Id,
    string Name,
    string? Description,
    int ContactCount,
    IReadOnlyList<UserOption> Users,
    IReadOnlyList<string> Roles);
