using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Seeding;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using SimpleCrm.Migrations.Sqlite;

namespace SimpleCrm.Application.Tests.Seeding;

/// <summary>First run: each test seeds a database of its own, as a fresh installation would.</summary>
public sealed class DatabaseSeederTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly ConcurrentQueue<string> _log = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Development_without_a_configured_password_seeds_the_admin_with_the_documented_demo_password()
    {
        await using var services = Services(new() { ["Seed:AdminEmail"] = "admin@demo.local" });

        await SeedAsync(services, isDevelopment: true);

        var admin = await AdminAsync(services);
        Assert.Equal("admin@demo.local", admin.Email);
        Assert.True(await Users(services).CheckPasswordAsync(admin, SeedOptions.DevelopmentPassword));
        Assert.DoesNotContain(_log, m => m.Contains("generated password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Production_without_a_configured_password_generates_a_random_one_and_prints_it_once()
    {
        await using var services = Services([]);

        await SeedAsync(services, isDevelopment: false);
        await SeedAsync(services, isDevelopment: false);

        var admin = await AdminAsync(services);
        var printed = Assert.Single(_log, m => m.Contains("generated password", StringComparison.Ordinal));
        var password = printed.Split("generated password ")[1].Split(' ')[0].TrimEnd('.');
        Assert.True(await Users(services).CheckPasswordAsync(admin, password));
        Assert.False(await Users(services).CheckPasswordAsync(admin, SeedOptions.DevelopmentPassword));
        Assert.True(password.Length >= 12);
    }

    [Fact]
    public async Task A_configured_admin_password_is_used_and_production_gets_no_demo_data_by_default()
    {
        await using var services = Services(new() { ["Seed:AdminPassword"] = "Configured-Passw0rd!" });

        await SeedAsync(services, isDevelopment: false);

        Assert.True(await Users(services).CheckPasswordAsync(await AdminAsync(services), "Configured-Passw0rd!"));
        Assert.Equal(0, await CountContactsAsync(services));
    }

    [Fact]
    public async Task Demo_data_holds_a_few_hundred_multilingual_contacts_companies_with_people_and_several_users()
    {
        await using var services = Services([]);

        await SeedAsync(services, isDevelopment: true);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var names = await db.Contacts.Select(c => c.DisplayName).ToListAsync();
        Assert.InRange(names.Count, 200, 600);
        Assert.Contains(names, n => n.IndexOfAny(['ą', 'ę', 'ł', 'ó', 'ś', 'ż', 'ź', 'ć', 'ń', 'Ł', 'Ś', 'Ż']) >= 0);
        Assert.Contains(names, n => n.IndexOfAny(['ė', 'ū', 'į', 'ų', 'č', 'š', 'ž', 'Š', 'Ž']) >= 0);
        Assert.Contains(names, n => n.IndexOfAny(['á', 'ä', 'ľ', 'ť', 'ď', 'ô', 'ý']) >= 0);
        Assert.Contains(names, n => n.Any(c => c is >= 'А' and <= 'я'));
        Assert.True(await db.Contacts.CountAsync(c => c.Kind == ContactKind.Person && c.CompanyId != null) > 50);
        Assert.True(await db.Users.CountAsync() >= 5);
        Assert.True(await db.ContactPhones.CountAsync(p => p.E164 != null) > 100);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await using var services = Services([]);
        await SeedAsync(services, isDevelopment: true);
        var contacts = await CountContactsAsync(services);

        await SeedAsync(services, isDevelopment: true);

        Assert.Equal(contacts, await CountContactsAsync(services));
        Assert.Single(await Users(services).GetUsersInRoleAsync(Roles.Admin));
    }

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(_log)));
        services.AddScoped<ICurrentUser, SystemUser>();
        services.AddAuditing();
        services.AddDbContext<CrmDbContext>((sp, options) =>
            SqliteDesignTimeFactory.Configure(options, _database.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
        services.AddIdentityCore<AppUser>(options => options.Password.RequiredLength = 12)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CrmDbContext>();
        services.AddContacts(configuration);
        services.AddSeeding(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task SeedAsync(ServiceProvider services, bool isDevelopment)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(isDevelopment, CancellationToken.None);
    }

    private static UserManager<AppUser> Users(ServiceProvider services) =>
        services.CreateScope().ServiceProvider.GetRequiredService<UserManager<AppUser>>();

    private static async Task<AppUser> AdminAsync(ServiceProvider services) =>
        Assert.Single(await Users(services).GetUsersInRoleAsync(Roles.Admin));

    private static async Task<int> CountContactsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Contacts.CountAsync();
    }
}
