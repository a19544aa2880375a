using Microsoft.AspNetCore.Identity;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Startup;

public static class IdentitySetup
{
    public static IServiceCollection AddCrmIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentUser>();
        // A background job's scope acts as the user it runs for (ImportRunner): its saves are stamped with them.
        services.AddScoped(sp => new ActingUser(sp.GetRequiredService<HttpCurrentUser>()));
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActingUser>());
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // OWASP ASVS 2.1.1: at least 12 characters, on top of Identity's character classes.
                options.Password.RequiredLength = 12;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CrmDbContext>()
            .AddSignInManager<ActiveUserSignInManager>()
            .AddClaimsPrincipalFactory<DisplayNameClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        // A deactivation, role change or password reset renews the security stamp; sessions
        // holding the old stamp end at their next check.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "SimpleCrm.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
        });
        return services;
    }
}
