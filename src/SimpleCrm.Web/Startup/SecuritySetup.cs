using Microsoft.AspNetCore.DataProtection;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Web.Startup;

public static class SecuritySetup
{
    public static IServiceCollection AddCrmSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        // One key ring in the database and a fixed application name: several web instances (and
        // restarts) read each other's cookies and antiforgery tokens.
        services.AddDataProtection()
            .SetApplicationName("SimpleCrm")
            .PersistKeysToDbContext<CrmDbContext>();
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options =>
            options.MultipartBodyLengthLimit = configuration.GetValue("Security:MaxRequestBytes", 10L * 1024 * 1024));
        return services;
    }
}
