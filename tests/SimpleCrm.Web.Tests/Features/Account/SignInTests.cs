using System.Net;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Features.Account;

public sealed class SignInTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_seeded_admin_signs_in_and_lands_on_contacts()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var response = await client.GetAsync(new Uri("/Contacts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(CrmWebFactory.AdminEmail, page.QuerySelector("[data-testid=current-user]")?.TextContent.Trim());
    }
}
