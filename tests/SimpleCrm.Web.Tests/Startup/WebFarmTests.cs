using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Startup;

/// <summary>
/// Several web instances share one database behind a load balancer: a form served by one and posted
/// to another, and a sign-in cookie issued by one, must both be accepted by the other.
/// </summary>
public sealed class WebFarmTests : IDisposable
{
    private readonly CrmWebFactory _first = new();
    private readonly SharedDatabaseFactory _second;

    public WebFarmTests() => _second = new SharedDatabaseFactory(_first.DatabasePath);

    [Fact]
    public async Task A_sign_in_form_from_one_instance_posts_to_another_and_its_cookie_works_on_the_first()
    {
        var first = RawClient(_first);
        var second = RawClient(_second);

        var loginPage = await first.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var antiforgeryCookie = Cookie(loginPage, "SimpleCrm.Antiforgery");
        var token = (await loginPage.ToDocumentAsync()).AntiforgeryToken("form[action='/Account/Login']");
        using var signIn = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/Login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Email", CrmWebFactory.AdminEmail), new("Password", CrmWebFactory.Password), new("__RequestVerificationToken", token)]),
        };
        signIn.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await second.SendAsync(signIn);

        using var contacts = new HttpRequestMessage(HttpMethod.Get, new Uri("/Contacts", UriKind.Relative));
        contacts.Headers.Add("Cookie", Cookie(signedIn, "SimpleCrm.Auth"));
        var page = await first.SendAsync(contacts);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(1, await _first.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    private static HttpClient RawClient(CrmWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>"name=value" of a cookie the response sets; fails the test when it sets none.</summary>
    private static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
}
