using AngleSharp.Dom;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Security;

/// <summary>The security baseline of every response: a strict CSP, no MIME sniffing, no framing.</summary>
public sealed class SecurityHeadersTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/no/such/page")]
    [InlineData("/Contacts")]
    public async Task Anonymous_responses_carry_the_security_headers(string url)
    {
        var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        AssertSecurityHeaders(response, url);
    }

    [Theory]
    [InlineData("/Contacts")]
    [InlineData("/Contacts/New")]
    [InlineData("/Contacts/Deleted")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Users/New")]
    [InlineData("/Contacts/987654")]
    public async Task Signed_in_pages_carry_the_security_headers_and_need_no_inline_script_or_style(string url)
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        AssertSecurityHeaders(response, url);
        var page = await response.ToDocumentAsync();
        Assert.NotEmpty(page.QuerySelectorAll("script[src]"));
        // The CSP would block these, so the page would silently break in a browser.
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:']"));
    }

    [Fact]
    public async Task The_sign_in_page_needs_no_inline_script()
    {
        var client = factory.CreateBrowserlikeClient();

        var page = await client.GetDocumentAsync("/Account/Login");

        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string url)
    {
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var values), $"No CSP on {url}");
        var directives = Directives(string.Join(";", values));
        var scriptSources = directives.GetValueOrDefault("script-src") ?? directives["default-src"];
        Assert.DoesNotContain("'unsafe-inline'", scriptSources);
        Assert.DoesNotContain("'unsafe-eval'", scriptSources);
        Assert.DoesNotContain("*", scriptSources);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);
}
