using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Contacts;

namespace SimpleCrm.Web.Tests.Features.Responsible;

/// <summary>/Contacts/Responsible: users with their contact counts, each linking to their contacts.</summary>
public sealed class ResponsibleListTests(ContactListFixture app) : IClassFixture<ContactListFixture>
{
    [Fact]
    public async Task An_admin_sees_each_responsible_user_with_a_link_to_their_contacts()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var page = await client.GetDocumentAsync("/Contacts/Responsible");

        var rows = page.QuerySelectorAll("[data-testid=responsible-table] tbody tr")
            .Select(r => (Name: r.QuerySelector("td")!.TextContent.Trim(), Href: r.QuerySelector("a")?.GetAttribute("href"), Count: r.QuerySelector("[data-testid=count]")!.TextContent.Trim()))
            .ToList();
        Assert.Contains(("Alicja Lista", $"/Contacts?ResponsibleUserId={app.AlicjaId}", "34"), rows);
        Assert.Contains(("Bartek Lista", $"/Contacts?ResponsibleUserId={app.BartekId}", "5"), rows);
    }

    [Fact]
    public async Task A_sales_rep_sees_only_the_count_of_their_own_contacts()
    {
        var client = await app.SignedInClientAsync("bartek@test.local");

        var page = await client.GetDocumentAsync("/Contacts/Responsible");

        var rows = page.QuerySelectorAll("[data-testid=responsible-table] tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal("Bartek Lista", row.QuerySelector("a")?.TextContent.Trim());
        Assert.Equal("5", row.QuerySelector("[data-testid=count]")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_navigation_links_to_the_responsible_users()
    {
        var client = await app.SignedInClientAsync("bartek@test.local");

        var page = await client.GetDocumentAsync("/Contacts");

        Assert.NotNull(page.QuerySelector("#main-nav a[href='/Contacts/Responsible']"));
    }
}
