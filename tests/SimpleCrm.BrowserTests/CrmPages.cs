using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests;

/// <summary>Steps every journey shares, done as a user does them.</summary>
public static class CrmPages
{
    /// <summary>Signs in through the real sign-in form and waits for the contact list.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("form[action='/Account/Login'] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=current-user]")).ToHaveAttributeAsync("title", email);
    }
}
