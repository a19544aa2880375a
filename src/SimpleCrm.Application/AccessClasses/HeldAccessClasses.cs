using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.AccessClasses;

/// <summary>Which access classes a user holds: granted to them, or to one of their roles.</summary>
public static class HeldAccessClasses
{
    /// <summary>
    /// The ids of the classes held by the user with these role names. Two index seeks on the grant
    /// tables; the caller keeps the answer for the rest of the request.
    /// </summary>
    public static async Task<IReadOnlyCollection<int>> ForUserAsync(
        CrmDbContext db, string userId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken)
    {
        var ids = await db.AccessClassUserGrants
            .Where(g => g.UserId == userId)
            .Select(g => g.AccessClassId)
            .Union(db.AccessClassRoleGrants
                .Where(g => roleNames.Contains(g.Role!.Name!))
                .Select(g => g.AccessClassId))
            .ToListAsync(cancellationToken);
        return ids;
    }
}
