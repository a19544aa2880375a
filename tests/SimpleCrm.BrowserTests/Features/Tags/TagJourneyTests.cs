using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Tags;

/// <summary>The tags journey in a real browser: tag a contact on its profile, then filter the list from the cloud.</summary>
public sealed class TagJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_tag_added_on_the_profile_appears_in_the_cloud_and_clicking_it_filters_the_list()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await CreatePersonAsync(page, "Plain", "Untagged");
        await CreatePersonAsync(page, "Tagged", "Browserowa");

        await page.GetByPlaceholder("e.g. VIP, Kraków").FillAsync("Przeglądarka VIP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add tag" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tags added.");
        await Expect(page.GetByTestId("contact-tags").GetByRole(AriaRole.Link, new() { Name = "Przeglądarka VIP" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }).First.ClickAsync();
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("2");
        await page.GetByTestId("tag-cloud").GetByRole(AriaRole.Link, new() { Name = "Przeglądarka VIP" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("tag=Przegl"));
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("tag-filter")).ToContainTextAsync("Przeglądarka VIP");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tagged Browserowa" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Plain Untagged" })).ToHaveCountAsync(0);
    }

    private static async Task CreatePersonAsync(IPage page, string first, string last)
    {
        await page.GotoAsync("/Contacts/New?kind=Person");
        await page.GetByLabel("First name").FillAsync(first);
        await page.GetByLabel("Last name").FillAsync(last);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync($"{first} {last}");
    }
}
