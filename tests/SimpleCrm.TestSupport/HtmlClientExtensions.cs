using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SimpleCrm.TestSupport;

/// <summary>Browses the app like a form-submitting user: parse pages, post forms with their antiforgery token.</summary>
public static class HtmlClientExtensions
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await response.ToDocumentAsync();
    }

    public static async Task<IDocument> ToDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    /// <summary>The antiforgery token of the page's first form (or the form matching the selector).</summary>
    public static string AntiforgeryToken(this IDocument document, string formSelector = "form[method=post]")
    {
        var form = document.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        return form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("The form has no antiforgery token.");
    }

    /// <summary>GETs a page, then POSTs the given fields plus that page's antiforgery token to a URL.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields, string formSelector = "form[method=post]")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", page.AntiforgeryToken(formSelector)));
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", [new("Email", email), new("Password", password)], "form[action='/Account/Login']");
}
