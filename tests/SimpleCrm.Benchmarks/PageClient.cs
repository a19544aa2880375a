using System.Net;
using System.Text.RegularExpressions;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// A signed-in client on a real TCP connection to the Kestrel address (not the factory's in-memory
/// handler), so a measured request crosses the same socket stack a browser's does.
/// </summary>
internal sealed partial class PageClient : IDisposable
{
    private readonly HttpClient _client;

    private PageClient(HttpClient client) => _client = client;

    public static async Task<PageClient> SignInAsync(Uri serverAddress, string email, string password)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = serverAddress };
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in of {email} failed with {(int)response.StatusCode}.");
        }

        return new PageClient(client);
    }

    /// <summary>GETs a page and reads its whole body: the measured unit.</summary>
    public async Task<string> GetAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
    }

    /// <summary>GETs a file and reads its whole body into a sink: the measured unit of a download. Returns its length.</summary>
    public async Task<long> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
        }

        return length;
    }

    /// <summary>POSTs a form with the antiforgery token in the header, as the board's fetch does; fails on anything but 2xx.</summary>
    public async Task PostAsync(string url, string token, IEnumerable<(string Name, string Value)> fields, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = content };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await _client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {url} answered {(int)response.StatusCode}.");
        }
    }

    /// <summary>The antiforgery token of a signed-in page (its csrf-token meta tag).</summary>
    public static string CsrfTokenOf(string html)
    {
        var match = CsrfMeta().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page carries no antiforgery token.");
    }

    /// <summary>The total the list shows in its badge, digits only (the number format follows the culture).</summary>
    public static int TotalOf(string html)
    {
        var match = TotalBadge().Match(html);
        return match.Success
            ? int.Parse(string.Concat(match.Groups[1].Value.Where(char.IsAsciiDigit)), System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("The contact list shows no total.");
    }

    /// <summary>The ids of the listed contacts, in list order, from the links of the name column.</summary>
    public static IReadOnlyList<int> IdsOf(string html) =>
        [.. NameLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>How many tags a tag cloud fragment shows.</summary>
    public static int TagsOf(string html) => CloudTag().Count(html);

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]*)\"")]
    private static partial Regex CsrfMeta();

    [GeneratedRegex("class=\"tag-size-\\d\"")]
    private static partial Regex CloudTag();

    [GeneratedRegex("data-testid=\"total\">([^<]*)<")]
    private static partial Regex TotalBadge();

    [GeneratedRegex("class=\"name-cell\">\\s*<a [^>]*href=\"/Contacts/(\\d+)\"")]
    private static partial Regex NameLink();
}
