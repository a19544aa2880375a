using Microsoft.Extensions.Diagnostics.HealthChecks;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Web.Startup;

/// <summary>/health is healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(CrmDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database is reachable.")
            : HealthCheckResult.Unhealthy("The database is not reachable.");
}
