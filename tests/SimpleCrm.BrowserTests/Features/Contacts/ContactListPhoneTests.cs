using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Contacts;

/// <summary>The contact list as a sales rep sees it on a 390 px phone.</summary>
public sealed class ContactListPhoneTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task On_a_phone_the_filters_fold_behind_a_button_and_open_when_a_filter_is_set()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.SetViewportSizeAsync(Screenshots.PhoneWidth, 800);
        await page.GotoAsync("/Contacts");
        await Expect(page.Locator("#Search")).ToBeVisibleAsync();
        await Expect(page.Locator("#Kind")).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Filters and sorting" }).ClickAsync();
        await Expect(page.Locator("#Kind")).ToBeVisibleAsync();
        await page.Locator("#Kind").SelectOptionAsync("Company");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Kind=Company"));
        await Expect(page.Locator("#Kind")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(Screenshots.DesktopWidth, 900);
        await page.GotoAsync("/Contacts");
        await Expect(page.Locator("#Kind")).ToBeVisibleAsync();
    }
}
