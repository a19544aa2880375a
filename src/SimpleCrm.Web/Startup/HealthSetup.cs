namespace SimpleCrm.Web.Startup;

public static class HealthSetup
{
    public const string Path = "/health";

    public static IServiceCollection AddCrmHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
