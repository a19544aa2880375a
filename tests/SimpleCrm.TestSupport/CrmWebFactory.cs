using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.TestSupport;

/// <summary>
/// The real web app on its own fresh SQLite file, as a production-like environment ("Testing"):
/// migrations applied, the first admin seeded, no demo data, no Hangfire server. With
/// <c>useKestrel</c> it listens on 127.0.0.1 for a browser or a load generator.
/// </summary>
public class CrmWebFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string Password = "Test-Password-2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "simplecrm-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _useKestrel;

    public CrmWebFactory()
        : this(useKestrel: false)
    {
    }

    protected CrmWebFactory(bool useKestrel, string? databasePath = null)
    {
        _useKestrel = useKestrel;
        Directory.CreateDirectory(_folder);
        DatabasePath = databasePath ?? Path.Combine(_folder, "crm.db");
        if (useKestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    public string DatabasePath { get; }

    /// <summary>Where this app's uploaded files go: beside its database, removed with it.</summary>
    public string FilesRoot => Path.Combine(_folder, "files");

    /// <summary>The scheduled imports' inbox root of this host (a folder of its own, removed with it).</summary>
    public string InboxRoot => Path.Combine(_folder, "inbox");

    /// <summary>The http://127.0.0.1:port address when serving with Kestrel.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:AdminEmail", AdminEmail);
        builder.UseSetting("Seed:AdminPassword", Password);
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Files:Root", FilesRoot);
        builder.UseSetting("Imports:InboxRoot", InboxRoot);
        builder.ConfigureServices(services =>
            // Check the security stamp on every request, so a deactivation shows at once in a test.
            services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see every 302.</summary>
    public HttpClient CreateBrowserlikeClient()
    {
        if (!_useKestrel)
        {
            return CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        }

        // Over Kestrel the factory's client options do not stop redirects: a real handler does.
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = ServerAddress };
    }

    /// <summary>Creates an active user with the test password in the given role; returns the user's id.</summary>
    public async Task<string> CreateUserAsync(string email, string role, string? displayName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? email.Split('@')[0] };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    /// <summary>Runs work against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<CrmDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    /// <summary>Signs a new cookie-keeping client in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password = Password)
    {
        var client = CreateBrowserlikeClient();
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed with {(int)response.StatusCode}.");
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS's temp cleanup; it holds only test data.
            }
        }
    }
}
