using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Seeding;

/// <summary>
/// First-run data: the roles, the first admin and, when asked, demo data. Safe to run at every
/// start: it only adds what is missing.
/// </summary>
public sealed partial class DatabaseSeeder(
    CrmDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    DemoDataGenerator demoData,
    IOptions<SeedOptions> options,
    TimeProvider clock,
    ILogger<DatabaseSeeder> logger)
{
    public async Task SeedAsync(bool isDevelopment, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await LeadDefaultsSeeder.EnsureAsync(db, cancellationToken);
        await PipelineDefaultsSeeder.EnsureAsync(db, cancellationToken);

        var settings = options.Value;
        var configured = string.IsNullOrEmpty(settings.AdminPassword) ? null : settings.AdminPassword;
        var knownPassword = configured ?? (isDevelopment ? SeedOptions.DevelopmentPassword : null);
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
        {
            var password = knownPassword ?? GeneratePassword();
            await CreateUserAsync(settings.AdminEmail, "Administrator", Roles.Admin, password);
            if (knownPassword is null)
            {
                // Printed once, when the admin is created: never a known default password in production.
                LogGeneratedAdminPassword(logger, settings.AdminEmail, password);
            }
        }

        if ((settings.DemoData ?? isDevelopment) && !await db.Contacts.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            var demoPassword = knownPassword ?? GeneratePassword();
            var owners = new List<string>();
            foreach (var (email, name, role) in DemoDataGenerator.Users)
            {
                owners.Add((await users.FindByEmailAsync(email))?.Id ?? await CreateUserAsync(email, name, role, demoPassword));
            }

            await demoData.AddContactsAsync(owners, cancellationToken);
        }
    }

    private async Task<string> CreateUserAsync(string email, string displayName, string role, string password)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Cannot create the user {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}. Check Seed:AdminPassword.");
        }

        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    /// <summary>A random password that meets the policy: letters, digits and a symbol from a CSPRNG.</summary>
    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('/', 'x').Replace('+', 'y') + "-7a";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first admin {Email} with the generated password {Password}. Change it after signing in.")]
    private static partial void LogGeneratedAdminPassword(ILogger logger, string email, string password);
}
