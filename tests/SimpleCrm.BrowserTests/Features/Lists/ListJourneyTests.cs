using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Lists;

/// <summary>Lists and segments in a real browser: make a list, put a contact on it, filter it, save the filter as a segment.</summary>
public sealed class ListJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_contact_put_on_a_list_from_its_profile_shows_on_the_lists_page_and_its_filter_becomes_a_segment()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await CreatePersonAsync(page, "Ala", "Targowa");
        await CreatePersonAsync(page, "Ola", "Pozalistowa");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lists", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New list" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Targi Łódź 2026");
        await page.GetByLabel("Description").FillAsync("Goście stoiska");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("scope-name")).ToHaveTextAsync("Targi Łódź 2026");
        await Expect(page.GetByTestId("scope-count")).ToHaveTextAsync("Members: 0");

        await page.GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ala Targowa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to list" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added to the list.");
        await Screenshots.SaveAsync(page, "list-profile-card");
        await page.GetByTestId("contact-lists").GetByRole(AriaRole.Link, new() { Name = "Targi Łódź 2026" }).ClickAsync();

        await Expect(page.GetByTestId("scope-count")).ToHaveTextAsync("Members: 1");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ala Targowa" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ola Pozalistowa" })).ToHaveCountAsync(0);
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "list-page");

        await page.GetByTestId("save-as-segment").ClickAsync();
        await page.GetByLabel("Name").FillAsync("Goście targów");
        await page.GetByLabel("Share with everyone").CheckAsync();
        await Screenshots.SaveAsync(page, "segment-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("SegmentId="));
        await Expect(page.GetByTestId("scope-name")).ToHaveTextAsync("Goście targów");
        await Expect(page.GetByTestId("scope-count")).ToHaveTextAsync("Contacts now: 1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Segments", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("contact-count")).ToHaveTextAsync("1");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "segments");
        await page.GotoAsync("/Lists");
        await Screenshots.SaveAsync(page, "lists");

        await page.GetByRole(AriaRole.Link, new() { Name = "Targi Łódź 2026" }).ClickAsync();
        await page.GetByPlaceholder("Add a contact to this list").FillAsync("pozalist");
        await Expect(page.GetByTestId("candidates")).ToContainTextAsync("Ola Pozalistowa");
        await Screenshots.SaveAsync(page, "list-add-member");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Ola Pozalistowa to this list" }).ClickAsync();
        await Expect(page.GetByTestId("scope-count")).ToHaveTextAsync("Members: 2");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ola Pozalistowa" })).ToBeVisibleAsync();
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
