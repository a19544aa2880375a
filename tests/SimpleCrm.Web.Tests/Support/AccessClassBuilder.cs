using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Support;

/// <summary>Puts access classes and their grants straight into the test database.</summary>
public static class AccessClassBuilder
{
    public static Task<int> SaveAsync(CrmWebFactory factory, string name, params string[] grantedUserIds) =>
        factory.WithDbAsync(async db =>
        {
            var accessClass = new AccessClass { Name = name, NameKey = AccessClassInput.NameKeyOf(name) };
            accessClass.UserGrants.AddRange(grantedUserIds.Select(id => new AccessClassUserGrant { UserId = id }));
            db.AccessClasses.Add(accessClass);
            await db.SaveChangesAsync();
            return accessClass.Id;
        });

    public static Task GrantRoleAsync(CrmWebFactory factory, int accessClassId, string role) =>
        factory.WithDbAsync(async db =>
        {
            var roleId = await db.Set<IdentityRole>().Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
            db.AccessClassRoleGrants.Add(new AccessClassRoleGrant { AccessClassId = accessClassId, RoleId = roleId });
            return await db.SaveChangesAsync();
        });
}
