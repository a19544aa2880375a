using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests;

/// <summary>
/// The main pages with data, photographed at 1280 and 390 px for a person to review; each page must
/// also fit a phone's width without scrolling sideways.
/// </summary>
public sealed class PageScreenshotTests(BrowserFixture browser, SeededCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<SeededCrmWebFactory>
{
    [Fact]
    public async Task Sign_in_page()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.GotoAsync("/Account/Login");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to SimpleCrm" })).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, "01-sign-in");

        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [Fact]
    public async Task Contact_list_with_a_second_page()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Contacts");
        await Expect(page.GetByTestId("total")).ToHaveTextAsync(MultilingualContacts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("page-info")).ToHaveTextAsync("Page 1 of 2");

        await Screenshots.SaveAsync(page, "02-contacts");

        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [Fact]
    public async Task Contact_profile()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Contacts?Search=brzeczyszczykiewicz");
        await page.GetByRole(AriaRole.Link, new() { Name = "Grzegorz Brzęczyszczykiewicz" }).ClickAsync();
        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Grzegorz Brzęczyszczykiewicz");

        await Screenshots.SaveAsync(page, "03-contact-profile");

        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [Fact]
    public async Task Contact_form_with_validation_errors()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Contacts/New?kind=Person");
        await page.Locator("#Input_Emails_0_").FillAsync("not-an-email");
        await page.Locator("#Input_Phones_0_").FillAsync("12");
        await page.GetByLabel("Website").FillAsync("nowhere");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("Please correct the marked fields.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Enter a first or a last name.")).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, "04-contact-form-errors");

        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [Fact]
    public async Task Admin_users_with_no_deactivate_button_on_ones_own_row()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/Admin/Users");
        await Expect(page.Locator("tr[data-user]")).ToHaveCountAsync(5);
        var deactivate = new LocatorGetByRoleOptions { Name = "Deactivate" };
        await Expect(page.Locator($"tr[data-user='{CrmWebFactory.AdminEmail}']").GetByRole(AriaRole.Button, deactivate)).ToHaveCountAsync(0);
        await Expect(page.Locator("tr[data-user='rep1@test.local']").GetByRole(AriaRole.Button, deactivate)).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, "05-admin-users");

        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [Fact]
    public async Task Not_found_page()
    {
        var page = await SignedInPageAsync();
        var response = await page.GotoAsync("/Contacts/999999");
        Assert.Equal(404, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, "06-not-found");

        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [Fact]
    public async Task Contact_list_in_Polish()
    {
        var page = await SignedInPageAsync();
        await page.ChooseLanguageAsync("pl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(page.GetByTestId("page-info")).ToBeVisibleAsync();

        await Screenshots.SaveAsync(page, "07-contacts-pl");

        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    private async Task<IPage> SignedInPageAsync()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        return page;
    }
}
