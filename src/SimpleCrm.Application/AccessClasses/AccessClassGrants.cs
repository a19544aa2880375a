using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.AccessClasses;

/// <summary>Grants an access class to a user or a role, and revokes it. Granting twice is harmless.</summary>
public sealed class AccessClassGrants(CrmDbContext db, ICurrentUser currentUser)
{
    public async Task<Result> GrantUserAsync(int accessClassId, string userId, CancellationToken cancellationToken)
    {
        if (!await ClassExistsAsync(accessClassId, cancellationToken))
        {
            return Result.NotFound();
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return Result.Fail(new Failure(AccessClassMessages.UnknownUser, "UserId"));
        }

        if (!await db.AccessClassUserGrants.AnyAsync(g => g.AccessClassId == accessClassId && g.UserId == userId, cancellationToken))
        {
            db.AccessClassUserGrants.Add(new AccessClassUserGrant { AccessClassId = accessClassId, UserId = userId });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success;
    }

    public async Task<Result> RevokeUserAsync(int accessClassId, string userId, CancellationToken cancellationToken)
    {
        if (!await ClassExistsAsync(accessClassId, cancellationToken))
        {
            return Result.NotFound();
        }

        await db.AccessClassUserGrants.Where(g => g.AccessClassId == accessClassId && g.UserId == userId)
            .ExecuteDeleteAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<Result> GrantRoleAsync(int accessClassId, string roleName, CancellationToken cancellationToken)
    {
        if (!await ClassExistsAsync(accessClassId, cancellationToken))
        {
            return Result.NotFound();
        }

        var roleId = await db.Roles.Where(r => r.Name == roleName).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        if (roleId is null)
        {
            return Result.Fail(new Failure(AccessClassMessages.UnknownRole, "Role"));
        }

        if (!await db.AccessClassRoleGrants.AnyAsync(g => g.AccessClassId == accessClassId && g.RoleId == roleId, cancellationToken))
        {
            db.AccessClassRoleGrants.Add(new AccessClassRoleGrant { AccessClassId = accessClassId, RoleId = roleId });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success;
    }

    public async Task<Result> RevokeRoleAsync(int accessClassId, string roleName, CancellationToken cancellationToken)
    {
        if (!await ClassExistsAsync(accessClassId, cancellationToken))
        {
            return Result.NotFound();
        }

        await db.AccessClassRoleGrants.Where(g => g.AccessClassId == accessClassId && g.Role!.Name == roleName)
            .ExecuteDeleteAsync(cancellationToken);
        return Result.Success;
    }

    private async Task<bool> ClassExistsAsync(int accessClassId, CancellationToken cancellationToken) =>
        currentUser.IsInRole(Roles.Admin) && await db.AccessClasses.AnyAsync(a => a.Id == accessClassId, cancellationToken);
}
