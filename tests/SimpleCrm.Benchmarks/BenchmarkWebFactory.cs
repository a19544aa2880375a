using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Benchmarks;

/// <summary>The app on Kestrel over the benchmark's database, configured as production runs rather than as tests do.</summary>
internal sealed class BenchmarkWebFactory(string databasePath, bool logSql) : KestrelCrmWebFactory(databasePath)
{
    public ServerTimings Timings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // A console logger line per request would be measured as part of the request.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");

        // Without an HTTPS port (plain http on 127.0.0.1) the redirection middleware only warns once; that is expected here.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpsPolicy", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", logSql ? "Information" : "Warning");

        // The test factory validates the security stamp on every request (a database read and a
        // renewed cookie each time); production checks once a minute, and that is what we measure.
        builder.ConfigureServices(services =>
        {
            services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
            services.AddSingleton<IStartupFilter>(new TimingStartupFilter(Timings));
        });
    }
}
