using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data.Configurations;

/// <summary>
/// Bounds Identity's string keys. Left alone they are nvarchar(450) each, so the composite primary
/// keys of AspNetUserRoles (1 800 bytes) and AspNetUserTokens (2 700 bytes) exceed SQL Server's
/// 900-byte clustered key limit. Identity's ids are Guid strings of 36 characters. Configured here
/// rather than through IdentityOptions.Stores, which design-time model building never sees.
/// </summary>
internal static class IdentityKeyLengths
{
    public const int Id = 36;
    public const int ProviderKey = 128;

    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<AppUser>().Property(u => u.Id).HasMaxLength(Id);
        builder.Entity<IdentityRole>().Property(r => r.Id).HasMaxLength(Id);
        builder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(ProviderKey);
            login.Property(l => l.ProviderKey).HasMaxLength(ProviderKey);
        });
        builder.Entity<IdentityUserToken<string>>(token =>
        {
            token.Property(t => t.LoginProvider).HasMaxLength(ProviderKey);
            token.Property(t => t.Name).HasMaxLength(ProviderKey);
        });

        // Every column that points at a user or a role gets the same length as the id it holds.
        var principals = new[] { typeof(AppUser), typeof(IdentityRole) };
        foreach (var foreignKey in builder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
                     .Where(fk => principals.Contains(fk.PrincipalEntityType.ClrType)))
        {
            foreach (var property in foreignKey.Properties)
            {
                property.SetMaxLength(Id);
            }
        }
    }
}
