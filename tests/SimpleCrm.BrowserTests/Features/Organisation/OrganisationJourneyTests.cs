using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Organisation;

/// <summary>
/// The journey in a real browser: tag three contacts on different pages through the basket,
/// save the segment "VIP in Kraków", add its contacts to a list, merge two duplicates choosing
/// fields, export the segment to XLSX and read it back.
/// </summary>
public sealed class OrganisationJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => OrganisationContacts.AddAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_manager_tags_three_contacts_across_pages_saves_a_segment_lists_it_merges_duplicates_and_exports_it()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        // Three contacts of Kraków, one on each page of the list, into the basket.
        await page.GotoAsync("/Contacts?Search=krakowska");
        await TickAsync(page, "Osoba02 Krakowska", expectedCount: "1");
        await page.GotoAsync("/Contacts?Search=krakowska&Page=2");
        await TickAsync(page, "Osoba52 Krakowska", expectedCount: "2");
        await page.GotoAsync("/Contacts?Search=gdanska");
        await TickAsync(page, "Osoba01 Gdańska", expectedCount: "3");
        await page.GotoAsync("/Contacts?Search=gdanska");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Osoba01 Gdańska" }).UncheckAsync();
        await Expect(page.GetByTestId("selection-count")).ToHaveTextAsync("2");
        await page.GotoAsync("/Contacts?Search=duplikat");
        await TickAsync(page, "Anna Duplikat", expectedCount: "3", first: true);
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "basket-list");

        // The basket survives a reload and tags its three contacts at once.
        await page.GetByTestId("selection-link").ClickAsync();
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("3");
        await page.GetByTestId("bulk-selected").ClickAsync();
        await Expect(page.GetByTestId("bulk-target")).ToContainTextAsync("3");
        await page.GetByLabel("Action").SelectOptionAsync("AddTags");
        await page.GetByLabel("Tags").FillAsync("VIP");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "bulk-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Done: 3 of 3 contacts changed.");

        // The filter "VIP" in "Kraków" saved as a segment: evaluated now, it holds the three.
        await page.GotoAsync("/Contacts");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("Kraków");
        await page.Locator("#Tag").FillAsync("VIP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("3");
        await page.GetByTestId("save-as-segment").ClickAsync();
        await page.GetByLabel("Name").FillAsync("VIP in Kraków");
        await page.GetByLabel("Share with everyone").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("scope-name")).ToHaveTextAsync("VIP in Kraków");
        await Expect(page.GetByTestId("scope-count")).ToHaveTextAsync("Contacts now: 3");
        var segmentUrl = page.Url;

        // The segment's contacts added to a new list in one bulk action.
        await page.GotoAsync("/Lists/New");
        await page.GetByLabel("Name").FillAsync("Targi 2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GotoAsync(segmentUrl);
        await page.GetByTestId("bulk-matching").ClickAsync();
        await page.GetByLabel("Action").SelectOptionAsync("AddToList");
        await page.GetByLabel("List").SelectOptionAsync(new SelectOptionValue { Label = "Targi 2026" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Done: 3 of 3 contacts changed.");
        await page.GotoAsync("/Lists");
        await page.GetByRole(AriaRole.Link, new() { Name = "Targi 2026" }).ClickAsync();
        await Expect(page.GetByTestId("scope-count")).ToHaveTextAsync("Members: 3");

        // Two duplicates merged, keeping the second one's position and both addresses.
        await page.GotoAsync("/Contacts?Search=duplikat");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anna Duplikat" }).First.ClickAsync();
        await page.GetByTestId("duplicates-card").GetByRole(AriaRole.Link, new() { Name = "Merge" }).ClickAsync();
        await page.Locator("tr[data-field=Position] label", new() { HasText = "Dyrektor handlowy" }).ClickAsync();
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "merge");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge contacts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contacts merged.");
        await Expect(page.Locator("body")).ToContainTextAsync("Dyrektor handlowy");
        await Expect(page.Locator("body")).ToContainTextAsync("anna.duplikat@example.pl");
        await Expect(page.Locator("body")).ToContainTextAsync("a.duplikat@firma.pl");
        await Expect(page.GetByTestId("history")).ToContainTextAsync("Merged with it");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "merged-profile");

        // The segment exported to XLSX and read back: the three, each with its tag.
        await page.GotoAsync(segmentUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel workbook (.xlsx)" }).ClickAsync());
        var path = Path.Combine(Screenshots.Folder, "vip-in-krakow.xlsx");
        await download.SaveAsAsync(path);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        var rows = Enumerable.Range(2, 4).Select(r => (Name: sheet.Cell(r, 1).GetString(), Tags: sheet.Cell(r, 11).GetString())).ToList();
        Assert.Equal(["Anna Duplikat", "Osoba02 Krakowska", "Osoba52 Krakowska", ""], rows.Select(r => r.Name));
        Assert.All(rows.Take(3), r => Assert.Contains("VIP", r.Tags, StringComparison.Ordinal));
    }

    private static async Task TickAsync(IPage page, string name, string expectedCount, bool first = false)
    {
        var box = page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {name}" });
        await (first ? box.First : box).CheckAsync();
        await Expect(page.GetByTestId("selection-count")).ToHaveTextAsync(expectedCount);
        await Expect(page.GetByTestId("selection-summary")).ToHaveTextAsync($"Selected: {expectedCount}");
    }
}
