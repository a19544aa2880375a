using System.Net;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Localization;

public sealed class LanguageSwitcherTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Choosing_polish_sets_the_cookie_and_the_next_page_is_in_polish()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.SwitchLanguageAsync("pl");

        Assert.Equal("/Contacts", response.RedirectTarget());
        Assert.StartsWith(".AspNetCore.Culture=c%3Dpl%7Cuic%3Dpl", response.CultureCookie(), StringComparison.Ordinal);
        var page = await client.GetDocumentAsync("/Contacts");
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Kontakty", page.QuerySelector("#main-nav a.nav-link[href='/Contacts']")?.TextContent.Trim());
        Assert.Equal("pl", page.QuerySelector("select#culture-select option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unsupported_culture_is_ignored()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.SwitchLanguageAsync("xx");

        Assert.Null(response.CultureCookie());
        var page = await client.GetDocumentAsync("/Contacts");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(ResourceFile.English("Nav.Contacts"), page.QuerySelector("#main-nav a.nav-link[href='/Contacts']")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_visitor_can_switch_the_sign_in_page_to_polish()
    {
        var client = factory.CreateBrowserlikeClient();

        using var response = await client.SwitchLanguageAsync("pl", "/Account/Login");

        Assert.Equal("/Account/Login", response.RedirectTarget());
        Assert.Equal("pl", (await client.GetDocumentAsync("/Account/Login")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_switcher_never_redirects_to_another_site()
    {
        var client = factory.CreateBrowserlikeClient();
        var page = await client.GetDocumentAsync("/Account/Login");

        using var response = await client.SubmitAsync(page, "form[action='/Culture']",
            new Dictionary<string, string?> { ["culture"] = "lt", ["returnUrl"] = "https://evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectTarget());
    }

    [Fact]
    public async Task Without_a_cookie_the_browser_language_is_used_and_the_cookie_wins_over_it()
    {
        var client = factory.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var byBrowser = await client.GetDocumentAsync("/Account/Login");
        using var switched = await client.SwitchLanguageAsync("sk", "/Account/Login");
        var byCookie = await client.GetDocumentAsync("/Account/Login");

        Assert.Equal("ru", byBrowser.DocumentElement.GetAttribute("lang"));
        Assert.Equal("sk", byCookie.DocumentElement.GetAttribute("lang"));
    }
}
