using System.Net;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Support;

/// <summary>Chooses a language the way a user does: with the switcher form of the page they are on.</summary>
public static class LanguageSwitching
{
    public const string CookieName = ".AspNetCore.Culture";

    public static async Task<HttpResponseMessage> SwitchLanguageAsync(this HttpClient client, string culture, string pageUrl = "/Contacts")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var response = await client.SubmitAsync(page, "form[action='/Culture']", new Dictionary<string, string?> { ["culture"] = culture });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The language switcher answered {(int)response.StatusCode}.");
        }

        return response;
    }

    /// <summary>The Set-Cookie header of the culture cookie, if the response set one.</summary>
    public static string? CultureCookie(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal))
            : null;
}
