using System.Globalization;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// One measured state of the contact list (or a fragment it loads, like the tag cloud), with the p95
/// the issue asks of it; as the admin, or as a sales rep.
/// </summary>
internal sealed record BenchmarkCase(string Name, ContactListQuery Query, double TargetP95Ms, bool AsSalesRep = false)
{
    public const string TagCloudPath = "/Tags/Cloud";

    /// <summary>The page-to-raw p95 ratio the issue allows every case.</summary>
    public const double TargetRatio = 3;

    public const int DeepPage = 2000;

    /// <summary>A deep page of a sales rep's list (about 31 000 contacts at 100 000).</summary>
    public const int RepDeepPage = 200;

    /// <summary>A fragment of the list page loaded on its own (the tag cloud), instead of the list itself.</summary>
    public string? FragmentPath { get; init; }

    public string Url
    {
        get
        {
            if (FragmentPath is not null)
            {
                return FragmentPath;
            }

            var parts = new List<string>();
            if (Query.Search is { } search)
            {
                parts.Add("Search=" + Uri.EscapeDataString(search));
            }

            if (Query.Sort != ContactSort.Name)
            {
                parts.Add("Sort=" + Query.Sort);
            }

            if (Query.Page > 1)
            {
                parts.Add("Page=" + Query.Page.ToString(CultureInfo.InvariantCulture));
            }

            return parts.Count == 0 ? "/Contacts" : "/Contacts?" + string.Join('&', parts);
        }
    }

    public static IReadOnlyList<BenchmarkCase> All(string search) =>
    [
        new("first page", new ContactListQuery(), 30),
        new($"page {DeepPage}", new ContactListQuery { Page = DeepPage }, 30),
        new("sort by company", new ContactListQuery { Sort = ContactSort.Company }, 30),
        new($"company, page {DeepPage}", new ContactListQuery { Sort = ContactSort.Company, Page = DeepPage }, 30),
        new($"search \"{search}\"", new ContactListQuery { Search = search }, 120),
        new("rep, first page", new ContactListQuery(), 30, AsSalesRep: true),
        new($"rep, page {RepDeepPage}", new ContactListQuery { Page = RepDeepPage }, 30, AsSalesRep: true),
        new("tag cloud", new ContactListQuery(), 100) { FragmentPath = TagCloudPath },
    ];
}
