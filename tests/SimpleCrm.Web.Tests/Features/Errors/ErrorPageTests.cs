using System.Net;
using AngleSharp.Dom;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Errors;

/// <summary>Errors show the friendly, localized page with the right status, never a stack trace.</summary>
public sealed class ErrorPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_missing_page_shows_the_friendly_not_found_page()
    {
        var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertFriendlyNotFound(await response.ToDocumentAsync(), ResourceFile.English("Error.NotFoundTitle"), ResourceFile.English("Error.NotFoundText"));
    }

    [Theory]
    [InlineData("/Contacts/987654")]
    [InlineData("/Contacts/987654/Edit")]
    public async Task A_contact_that_does_not_exist_shows_the_friendly_not_found_page(string url)
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertFriendlyNotFound(await response.ToDocumentAsync(), ResourceFile.English("Error.NotFoundTitle"), ResourceFile.English("Error.NotFoundText"));
    }

    [Fact]
    public async Task The_not_found_page_speaks_the_users_language()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var switched = await client.SwitchLanguageAsync("pl");
        var polish = ResourceFile.Load(ResourceFile.PathFor("pl"));

        using var response = await client.GetAsync(new Uri("/Contacts/987654", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        AssertFriendlyNotFound(page, polish["Error.NotFoundTitle"], polish["Error.NotFoundText"]);
        Assert.NotEqual(ResourceFile.English("Error.NotFoundTitle"), polish["Error.NotFoundTitle"]);
    }

    [Fact]
    public async Task A_post_without_a_token_shows_the_friendly_bad_request_page()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.PostWithoutTokenAsync("/Contacts/New", ("Input.LastName", "X"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English("Error.BadRequestTitle"), page.QuerySelector("main h1")?.TextContent.Trim());
    }

    private static void AssertFriendlyNotFound(IDocument page, string title, string text)
    {
        Assert.Equal(title, page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(text, page.QuerySelector("main h1 + p")?.TextContent.Trim());
        Assert.Equal("404", page.QuerySelector("main .display-6")?.TextContent.Trim());
        var body = page.Body!.TextContent;
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at SimpleCrm.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Microsoft.", body, StringComparison.Ordinal);
    }
}
