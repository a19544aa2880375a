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

    /// <summary>
    /// Chooses a language in the user's menu (opening the phone menu first where it is folded) and waits
    /// for the page it sends back to: the choice posts and redirects, and a step taken before that lands
    /// would be cut off by it (even when the page already spoke the language).
    /// </summary>
    public static async Task ChooseLanguageAsync(this IPage page, string culture)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        await page.GetByTestId("user-menu").ClickAsync();
        await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("language").SelectOptionAsync(culture),
            response => response.Request.RedirectedFrom?.Url.EndsWith("/Culture", StringComparison.Ordinal) == true);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }
}
