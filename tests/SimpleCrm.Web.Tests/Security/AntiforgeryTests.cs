using System.Net;
using Microsoft.AspNetCore.Http;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Security;

/// <summary>ASVS 4.2.2: every unsafe request carries a valid antiforgery token, even a signed-in admin's.</summary>
public sealed class AntiforgeryTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    /// <summary>
    /// Endpoints that answer any method and are not antiforgery-checked by MVC, each with the reason.
    /// A new endpoint of that kind fails the walk until it is judged and added here.
    /// </summary>
    private static readonly Dictionary<string, string> AnyMethodEndpoints = new()
    {
        ["* /Error"] = "the exception handler re-executes the failed request, a POST included; it changes nothing",
        ["* /Error/{code:int}"] = "the status-code pages re-execute the failed request, a POST included; it changes nothing",
        ["* /health"] = "a read-only probe",
        ["* /hangfire/{**path}"] = "Hangfire checks the token itself: see Hangfire_refuses_an_admin_post_without_a_token",
    };

    [Fact]
    public async Task Every_post_endpoint_refuses_a_signed_in_admin_without_a_token()
    {
        var endpoints = EndpointCatalog.All(factory.Services);
        // The admin holds the antiforgery cookie from the sign-in page; only the form token is missing.
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var problems = new List<string>();

        foreach (var endpoint in endpoints.Where(e => e.Method == HttpMethods.Post))
        {
            using var response = await client.PostWithoutTokenAsync(endpoint.SampleUrl);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                problems.Add($"POST {endpoint.SampleUrl} ({endpoint.Key}) without a token answered {(int)response.StatusCode}");
            }
        }

        var anyMethod = endpoints.Where(e => e.Method == EndpointRoute.AnyMethod).Select(e => e.Key).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(AnyMethodEndpoints.Keys.Order(), anyMethod.Order());
        Assert.True(endpoints.Count(e => e.Method == HttpMethods.Post) >= 10, "The walk found too few POST endpoints to mean anything.");
    }

    [Fact]
    public async Task Every_post_endpoint_lets_the_same_request_with_a_token_past_the_check()
    {
        var posts = EndpointCatalog.All(factory.Services).Where(e => e.Method == HttpMethods.Post)
            // Signing out last: the token belongs to the signed-in admin.
            .OrderBy(e => e.Template == "/Account/Logout")
            .ToList();
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Contacts");
        var problems = new List<string>();

        foreach (var endpoint in posts)
        {
            using var response = await client.PostWithTokenAsync(endpoint.SampleUrl, token);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                problems.Add($"POST {endpoint.SampleUrl} ({endpoint.Key}) with a valid token answered 400");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Creating_a_contact_without_a_token_saves_nothing_and_with_one_it_saves()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        (string, string)[] fields = [("Input.Kind", "Person"), ("Input.LastName", "Tokenless")];
        var token = await client.AntiforgeryTokenAsync("/Contacts/New");

        using var refused = await client.PostWithoutTokenAsync("/Contacts/New", fields);
        var savedWithout = await factory.WithDbAsync(db => Task.FromResult(db.Contacts.Count(c => c.LastName == "Tokenless")));
        using var accepted = await client.PostWithTokenAsync("/Contacts/New", token, fields);
        var savedWith = await factory.WithDbAsync(db => Task.FromResult(db.Contacts.Count(c => c.LastName == "Tokenless")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, savedWithout);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(1, savedWith);
    }

    [Fact]
    public async Task The_page_token_in_the_htmx_header_is_accepted_in_place_of_a_form_field()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var page = await admin.GetDocumentAsync("/Contacts");
        var token = page.QuerySelector("meta[name=csrf-token]")?.GetAttribute("content");
        Assert.False(string.IsNullOrEmpty(token));

        using var without = new HttpRequestMessage(HttpMethod.Post, new Uri("/Culture", UriKind.Relative)) { Content = new FormUrlEncodedContent([new("culture", "pl"), new("returnUrl", "/Contacts")]) };
        using var with = new HttpRequestMessage(HttpMethod.Post, new Uri("/Culture", UriKind.Relative)) { Content = new FormUrlEncodedContent([new("culture", "pl"), new("returnUrl", "/Contacts")]) };
        with.Headers.Add("X-CSRF-TOKEN", token);
        using var refused = await admin.SendAsync(without);
        using var accepted = await admin.SendAsync(with);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_user_is_refused()
    {
        var visitor = factory.CreateBrowserlikeClient();
        var visitorToken = await visitor.AntiforgeryTokenAsync("/Account/Login");
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.PostWithTokenAsync("/Contacts/New", visitorToken, ("Input.Kind", "Person"), ("Input.LastName", "Borrowed token"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Hangfire_refuses_an_admin_post_without_a_token()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Contacts");

        using var refused = await client.PostWithoutTokenAsync("/hangfire/recurring/trigger", ("jobs[]", "none"));
        using var accepted = await client.PostWithTokenAsync("/hangfire/recurring/trigger", token, ("jobs[]", "none"));

        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"Without a token: {(int)refused.StatusCode}");
        Assert.False(accepted.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"With a token: {(int)accepted.StatusCode}");
    }
}
