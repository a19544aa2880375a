using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.LeadBoard;

/// <summary>A user drags a lead card from New to In progress on the kanban board; the move is saved at once and survives a reload.</summary>
public sealed class LeadBoardDragTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_card_dragged_from_new_to_in_progress_stays_there_after_a_reload()
    {
        await factory.SeedLeadsAsync(
            ("Żurawie wieżowe dla budowy w Łodzi", "Budimex-Łódź Spółka z ograniczoną odpowiedzialnością", 125000.50m, "LeadStatuses.New"),
            ("Rusztowania dla szkoły", "Szkoła Podstawowa nr 7", 8400m, "LeadStatuses.New"),
            ("Serwis dźwigów", "Dźwigi Kaunas UAB", 3200m, "LeadStatuses.InProgress"));
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Leads", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kanban" }).ClickAsync();
        var newColumn = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "New", Exact = true }) });
        var inProgress = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "In progress", Exact = true }) });
        await Expect(newColumn.Locator("[data-lead-id]")).ToHaveCountAsync(2);
        await Expect(newColumn).ToHaveCSSAsync("border-top-color", "rgb(13, 110, 253)");
        await Screenshots.SaveAsync(page, "lead-board");

        var saved = page.WaitForResponseAsync(r => r.Url.EndsWith("/Leads/Kanban/Move", StringComparison.Ordinal));
        await newColumn.Locator("[data-lead-id]", new() { HasText = "Żurawie wieżowe" }).DragToAsync(inProgress.Locator("[data-lead-id]").First);
        var response = await saved;
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lead moved.");
        await Expect(inProgress.GetByTestId("column-count")).ToHaveTextAsync("2");
        await Expect(newColumn.GetByTestId("column-count")).ToHaveTextAsync("1");
        await page.ReloadAsync();

        Assert.Equal(204, response.Status);
        await Expect(inProgress.Locator("[data-lead-id]", new() { HasText = "Żurawie wieżowe" })).ToHaveCountAsync(1);
        await Expect(newColumn.Locator("[data-lead-id]")).ToHaveCountAsync(1);
        await Expect(inProgress.GetByTestId("column-total")).ToHaveTextAsync("128,200.50 PLN");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "lead-board-moved");
    }
}
