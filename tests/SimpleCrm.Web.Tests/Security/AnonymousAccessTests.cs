using System.Net;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;
using Xunit.Abstractions;

namespace SimpleCrm.Web.Tests.Security;

/// <summary>The authorization matrix for a visitor who has not signed in.</summary>
public sealed class AnonymousAccessTests(CrmWebFactory factory, ITestOutputHelper output) : IClassFixture<CrmWebFactory>
{
    /// <summary>
    /// Everything a visitor may reach without signing in. A new anonymous endpoint fails the walk
    /// below until it is added here on purpose.
    /// </summary>
    private static readonly HashSet<string> AllowedAnonymous =
    [
        "GET /Account/Login",
        "POST /Account/Login",
        "GET /Account/AccessDenied",
        "POST /Culture",
        "* /health",
        "* /Error",
        "* /Error/{code:int}",
    ];

    [Fact]
    public async Task Every_endpoint_but_the_allowed_ones_sends_a_visitor_to_sign_in()
    {
        var endpoints = EndpointCatalog.All(factory.Services);
        var client = factory.CreateBrowserlikeClient();
        // A valid anonymous token, so a POST is refused for want of a sign-in, not for want of a token.
        var token = await client.AntiforgeryTokenAsync("/Account/Login");
        var problems = new List<string>();

        foreach (var endpoint in endpoints)
        {
            foreach (var method in endpoint.MethodsToTry)
            {
                using var response = await SendAsync(client, method, endpoint.SampleUrl, token);
                var signInDemanded = response.StatusCode == HttpStatusCode.Unauthorized || IsSignInRedirect(response);
                output.WriteLine($"{method} {endpoint.SampleUrl} ({endpoint.Key}): {(int)response.StatusCode} {response.Headers.Location}");
                if (AllowedAnonymous.Contains(endpoint.Key))
                {
                    if (signInDemanded)
                    {
                        problems.Add($"{method} {endpoint.SampleUrl} ({endpoint.Key}) is allowed anonymously but demanded a sign-in");
                    }
                }
                else if (!signInDemanded)
                {
                    problems.Add($"{method} {endpoint.SampleUrl} ({endpoint.Key}) answered {(int)response.StatusCode} {response.Headers.Location} to a visitor");
                }
            }
        }

        var stale = AllowedAnonymous.Except(endpoints.Select(e => e.Key)).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(stale.Count == 0, "Allowed anonymously but not registered: " + string.Join(", ", stale));
        // The walk really covered the protected app, not an empty list.
        Assert.Contains(endpoints, e => e.Key == "GET /Contacts");
        Assert.Contains(endpoints, e => e.Key == "POST /Contacts/{id:int}/Delete");
        Assert.Contains(endpoints, e => e.Key == "GET /Admin/Users");
        Assert.Contains(endpoints, e => e.Template.StartsWith("/hangfire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_visitor_sent_to_sign_in_comes_back_to_the_page_asked_for()
    {
        var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri("/Contacts?Search=abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=%2FContacts%3FSearch%3Dabc", response.RedirectTarget());
    }

    internal static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/Account/Login";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method != HttpMethod.Get.Method)
        {
            request.Content = new FormUrlEncodedContent([new(HtmlForms.TokenField, token)]);
        }

        return await client.SendAsync(request);
    }
}
