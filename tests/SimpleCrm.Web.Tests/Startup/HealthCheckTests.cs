using System.Net;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Startup;

public sealed class HealthCheckTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_health_endpoint_answers_healthy_without_a_sign_in()
    {
        var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
