using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Users;

/// <summary>
/// A user read from the database rather than from a request: a background job acts as the user
/// who started it, with their roles and access classes as they are now (a rep who lost a class
/// meanwhile no longer reaches its contacts).
/// </summary>
public sealed class StoredCurrentUser : ICurrentUser
{
    private readonly HashSet<string> _roles;

    private StoredCurrentUser(string userId, IEnumerable<string> roles, IReadOnlyCollection<int> accessClassIds)
    {
        UserId = userId;
        _roles = [.. roles];
        AccessClassIds = accessClassIds;
    }

    public string? UserId { get; }

    public IReadOnlyCollection<int> AccessClassIds { get; }

    public bool IsInRole(string role) => _roles.Contains(role);

    /// <summary>The active user with this id, or null when they are gone or deactivated.</summary>
    public static async Task<StoredCurrentUser?> LoadAsync(CrmDbContext db, string userId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, cancellationToken))
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        var classes = await HeldAccessClasses.ForUserAsync(db, userId, roles, cancellationToken);
        return new StoredCurrentUser(userId, roles, classes);
    }
}
