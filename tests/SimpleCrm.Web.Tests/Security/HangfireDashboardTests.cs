using System.Net;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Security;

/// <summary>The Hangfire dashboard is for admins only, whatever its local-only default says (CVE-2021-41238).</summary>
public sealed class HangfireDashboardTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/enqueued")]
    [InlineData("/hangfire/stats")]
    public async Task The_dashboard_refuses_a_visitor(string url)
    {
        var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(
            response.StatusCode == HttpStatusCode.Unauthorized || AnonymousAccessTests.IsSignInRedirect(response),
            $"GET {url} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_visitor_refused_by_the_dashboard_sees_the_friendly_access_denied_page()
    {
        var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English("Error.ForbiddenTitle"), page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.SalesRep)]
    [InlineData(Roles.Manager)]
    public async Task The_dashboard_refuses_a_signed_in_user_who_is_not_an_admin(string role)
    {
        var email = $"jobs-{role.ToLowerInvariant()}@test.local";
        await factory.CreateUserAsync(email, role);
        var client = await factory.SignedInClientAsync(email);

        using var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden || response.RedirectPath() == "/Account/AccessDenied",
            $"A {role} got {(int)response.StatusCode} from the dashboard");
        Assert.DoesNotContain("Hangfire Dashboard", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_gets_the_dashboard()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire Dashboard", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
