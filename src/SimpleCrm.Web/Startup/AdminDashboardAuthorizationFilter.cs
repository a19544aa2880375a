using Hangfire.Dashboard;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Startup;

/// <summary>The Hangfire dashboard is for admins only (never rely on its local-only default: CVE-2021-41238).</summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
