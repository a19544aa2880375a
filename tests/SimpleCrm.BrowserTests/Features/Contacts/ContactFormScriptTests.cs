using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Contacts;

/// <summary>What wwwroot/js/contacts.js does on the contact form.</summary>
public sealed class ContactFormScriptTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task Switching_to_company_hides_the_person_only_fields_and_back_shows_them()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Contacts/New?kind=Person");
        string[] personOnly = ["#Input_FirstName", "#Input_LastName", "#Input_Position", "#Input_BirthDate"];
        foreach (var field in personOnly)
        {
            await Expect(page.Locator(field)).ToBeVisibleAsync();
        }

        await page.GetByText("Company", new() { Exact = true }).ClickAsync();

        foreach (var field in personOnly)
        {
            await Expect(page.Locator(field)).ToBeHiddenAsync();
        }

        await Expect(page.Locator("#Input_CompanyName")).ToBeVisibleAsync();
        await Expect(page.Locator("label[for=Input_CompanyName] .required-mark")).ToBeVisibleAsync();

        await page.GetByText("Person", new() { Exact = true }).ClickAsync();

        await Expect(page.Locator("#Input_FirstName")).ToBeVisibleAsync();
        await Expect(page.Locator("label[for=Input_CompanyName] .required-mark")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Add_email_adds_a_second_email_input_and_both_emails_are_saved()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Contacts/New?kind=Person");
        await page.GetByLabel("First name").FillAsync("Ľubomír");
        await page.GetByLabel("Last name").FillAsync("Šťastný");
        await page.Locator("#Input_Emails_0_").FillAsync("lubomir@example.sk");
        await Expect(page.Locator("input[type=email]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add email" }).ClickAsync();

        var second = page.Locator("input[name='Input.Emails[1]']");
        await Expect(second).ToBeFocusedAsync();
        await Expect(second).ToHaveValueAsync(string.Empty);
        await second.FillAsync("stastny@firma.sk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Ľubomír Šťastný");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "lubomir@example.sk" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "stastny@firma.sk" })).ToBeVisibleAsync();
    }

    private async Task<IPage> SignedInPageAsync()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        return page;
    }
}
