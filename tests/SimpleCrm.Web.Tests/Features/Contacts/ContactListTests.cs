using System.Globalization;
using AngleSharp.Dom;
using Microsoft.AspNetCore.WebUtilities;
using SimpleCrm.Application.Contacts;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

/// <summary>The list keeps its whole state (search, filters, sort, page) in the URL.</summary>
public sealed class ContactListTests(ContactListFixture app) : IClassFixture<ContactListFixture>
{
    [Fact]
    public async Task The_list_shows_the_first_page_and_the_total()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var page = await client.GetDocumentAsync("/Contacts");

        Assert.Equal(ContactListQuery.DefaultPageSize, page.RowLinks().Count);
        Assert.Equal("39", page.QuerySelector("[data-testid=total]")?.TextContent.Trim());
        Assert.Equal("Page 1 of 2", page.QuerySelector("[data-testid=page-info]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Following_the_next_link_shows_the_rest_without_repeating_anyone()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var first = await client.GetDocumentAsync("/Contacts");

        var second = await client.GetDocumentAsync(Link(first, "a[rel=next]"));

        Assert.Equal(39 - ContactListQuery.DefaultPageSize, second.RowLinks().Count);
        Assert.Equal(app.Contacts.Select(c => $"/Contacts/{c.Id}").Order(), first.RowLinks().Concat(second.RowLinks()).Order());
        Assert.True(second.QuerySelector("a[rel=next]")!.ParentElement!.ClassList.Contains("disabled"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sorting_by_company_orders_the_rows_by_the_folded_company_name(bool descending)
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var people = app.Contacts.Where(c => c.Kind == ContactKind.Person).ToList();

        var page = await client.GetDocumentAsync($"/Contacts?Kind=Person&Sort=Company&Descending={(descending ? "true" : "false")}&PageSize=50");

        Assert.Equal(ContactListFixture.ByCompany(people, descending), page.RowLinks());
    }

    [Fact]
    public async Task The_company_header_flips_the_direction_of_the_current_sort()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var ascending = await client.GetDocumentAsync("/Contacts?Sort=Company");
        var descending = await client.GetDocumentAsync("/Contacts?Sort=Company&Descending=true");

        var up = CompanyHeader(ascending);
        var down = CompanyHeader(descending);
        Assert.Equal("ascending", up.GetAttribute("aria-sort"));
        Assert.Equal("descending", down.GetAttribute("aria-sort"));
        Assert.Equal("true", Query(up.GetAttribute("href")!)["Descending"]);
        Assert.False(Query(down.GetAttribute("href")!).ContainsKey("Descending"));
    }

    [Theory]
    [InlineData("Company", 4)]
    [InlineData("Person", 35)]
    public async Task The_kind_filter_shows_only_that_kind(string kind, int expected)
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var page = await client.GetDocumentAsync($"/Contacts?Kind={kind}&PageSize=50");

        var ids = app.Contacts.Where(c => c.Kind.ToString() == kind).Select(c => $"/Contacts/{c.Id}").Order();
        Assert.Equal(ids, page.RowLinks().Order());
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=total]")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_responsible_filter_shows_only_that_users_contacts()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var page = await client.GetDocumentAsync($"/Contacts?ResponsibleUserId={app.BartekId}");

        var bartek = app.Contacts.Where(c => c.ResponsibleUserId == app.BartekId).Select(c => $"/Contacts/{c.Id}").Order();
        Assert.Equal(bartek, page.RowLinks().Order());
        Assert.All(page.QuerySelectorAll("table.contact-list tbody tr"), row => Assert.Contains("Bartek Lista", row.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pager_links_carry_the_filters_and_the_sort_there_and_back()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var alicjasPeople = ContactListFixture.ByCompany(app.Contacts.Where(c => c.ResponsibleUserId == app.AlicjaId && c.Kind == ContactKind.Person), descending: true);
        var start = $"/Contacts?Kind=Person&ResponsibleUserId={app.AlicjaId}&Sort=Company&Descending=true";
        var first = await client.GetDocumentAsync(start);

        var nextUrl = Link(first, "a[rel=next]");
        var second = await client.GetDocumentAsync(nextUrl);
        var back = await client.GetDocumentAsync(Link(second, "a[rel=prev]"));

        var state = Query(nextUrl);
        Assert.Equal("Person", state["Kind"]);
        Assert.Equal(app.AlicjaId, state["ResponsibleUserId"]);
        Assert.Equal("Company", state["Sort"]);
        Assert.Equal("true", state["Descending"]);
        Assert.Equal("2", state["Page"]);
        Assert.Equal(alicjasPeople[..25], first.RowLinks());
        Assert.Equal(alicjasPeople[25..], second.RowLinks());
        Assert.Equal(first.RowLinks(), back.RowLinks());
        // The filter form on page 2 still holds the state, so filtering again keeps it.
        var filter = HtmlForms.FieldsOf(second.QuerySelector("form[role=search]")!).ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal("Person", filter["Kind"]);
        Assert.Equal(app.AlicjaId, filter["ResponsibleUserId"]);
        Assert.Equal("Company", filter["Sort"]);
        Assert.Equal("true", filter["Descending"]);
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var page = await client.GetDocumentAsync("/Contacts?Page=99");

        Assert.Equal(39 - ContactListQuery.DefaultPageSize, page.RowLinks().Count);
        Assert.Equal("Page 2 of 2", page.QuerySelector("[data-testid=page-info]")?.TextContent.Trim());
    }

    private static string Link(IDocument page, string selector) =>
        page.QuerySelector(selector)?.GetAttribute("href") ?? throw new InvalidOperationException($"No link '{selector}'.");

    private static IElement CompanyHeader(IDocument page) =>
        page.QuerySelectorAll("table.contact-list thead th a").Single(a => a.TextContent.Contains("Company", StringComparison.Ordinal));

    private static Dictionary<string, string> Query(string url) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), url).Query).ToDictionary(p => p.Key, p => p.Value.ToString());
}
