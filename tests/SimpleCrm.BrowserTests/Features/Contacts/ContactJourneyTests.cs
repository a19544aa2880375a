using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Contacts;

/// <summary>The journey in a real browser: sign in, create, find, open, edit, switch the language.</summary>
public sealed class ContactJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_user_signs_in_creates_a_contact_with_diacritics_finds_it_without_accents_and_edits_it()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "New person" }).ClickAsync();
        await page.GetByLabel("First name").FillAsync("Łucja");
        await page.GetByLabel("Last name").FillAsync("Żółkiewska");
        await page.GetByLabel("City").FillAsync("Łódź");
        await page.Locator("#Input_Emails_0_").FillAsync("lucja.zolkiewska@example.pl");
        await page.Locator("#Input_Phones_0_").FillAsync("601 234 567");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Łucja Żółkiewska");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contact created.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("lodz");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Search=lodz"));
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Łucja Żółkiewska" }).ClickAsync();
        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Łucja Żółkiewska");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "601 234 567" })).ToHaveAttributeAsync("href", "tel:+48601234567");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Position").FillAsync("Dyrektorka handlowa");
        await page.GetByLabel("Street").FillAsync("ul. Piotrkowska 104");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contact saved.");
        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Łucja Żółkiewska");
        // The history card now says "Position: — → Dyrektorka handlowa" too: the profile's own line is the exact text.
        await Expect(page.GetByText("Dyrektorka handlowa", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("ul. Piotrkowska 104, Łódź")).ToBeVisibleAsync();

        await page.ChooseLanguageAsync("pl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Łucja Żółkiewska");
    }

    [Fact]
    public async Task After_switching_to_Polish_the_navigation_reads_in_Polish()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await page.ChooseLanguageAsync("pl");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(page.Locator("#main-nav a.nav-link[href='/Contacts']")).ToHaveTextAsync("Kontakty");
        await Expect(page.Locator("#main-nav a.nav-link[href='/Leads']")).ToHaveTextAsync("Leady");
    }
}
