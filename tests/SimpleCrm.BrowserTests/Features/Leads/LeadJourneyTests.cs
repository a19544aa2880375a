using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Leads;

/// <summary>A lead's journey in a real browser: create it, move it on from the list, open its card; screenshots of the three pages.</summary>
public sealed class LeadJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_user_creates_a_lead_changes_its_status_from_the_list_and_opens_its_card()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Leads", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New lead" }).ClickAsync();
        await page.GetByLabel("Name").First.FillAsync("Żurawie wieżowe dla budowy w Łodzi");
        await page.GetByLabel("First name").FillAsync("Łucja");
        await page.GetByLabel("Last name").FillAsync("Żółkiewska");
        await page.GetByLabel("Company", new() { Exact = true }).FillAsync("Budimex-Łódź Spółka z ograniczoną odpowiedzialnością");
        await page.GetByLabel("Email").FillAsync("lucja.zolkiewska.zakupy@budimex-lodz.example.pl");
        await page.GetByLabel("Phone").FillAsync("601 234 567");
        await page.GetByLabel("Estimated amount").FillAsync("125000.50");
        await page.GetByLabel("Currency").FillAsync("PLN");
        await page.GetByLabel("Products of interest").FillAsync("Żurawie wieżowe, serwis, operatorzy");
        await Screenshots.SaveAsync(page, "lead-form");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lead created.");
        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Żurawie wieżowe dla budowy w Łodzi");

        await page.GetByRole(AriaRole.Link, new() { Name = "Leads", Exact = true }).First.ClickAsync();
        var row = page.Locator("table.lead-list tbody tr", new() { HasText = "Żurawie wieżowe" });
        await Expect(row.Locator(".lead-status-badge")).ToHaveTextAsync("New");
        await row.GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Status changed.");
        await Expect(row.Locator(".lead-status-badge")).ToHaveTextAsync("In progress");
        await Expect(row.Locator(".lead-status-badge")).ToHaveCSSAsync("background-color", "rgb(253, 126, 20)");
        await Screenshots.SaveAsync(page, "lead-list");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await row.GetByRole(AriaRole.Link, new() { Name = "Żurawie wieżowe dla budowy w Łodzi" }).ClickAsync();
        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Żurawie wieżowe dla budowy w Łodzi");
        await Expect(page.Locator(".lead-status-current")).ToHaveTextAsync("In progress");
        await Expect(page.GetByTestId("history")).ToContainTextAsync("Status: New → In progress");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "601 234 567" })).ToHaveAttributeAsync("href", "tel:+48601234567");
        await Screenshots.SaveAsync(page, "lead-card");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }
}
