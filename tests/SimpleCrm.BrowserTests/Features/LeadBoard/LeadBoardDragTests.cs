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

    [Fact]
    public async Task A_card_moved_with_alt_and_the_arrow_keys_is_saved_in_its_new_column_and_place()
    {
        await factory.SeedLeadsAsync(
            ("Klawiatura: podnośniki", "Podnośniki Wilno UAB", 1000m, "LeadStatuses.NotContacted"),
            ("Klawiatura: dźwig", "Dźwigi Bratysława s.r.o.", 2000m, "LeadStatuses.InProgress"),
            ("Klawiatura: rusztowania", "Rusztowania Mińsk OOO", 3000m, "LeadStatuses.InProgress"));
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Leads/Kanban?Search=klawiatura");
        var notContacted = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Not contacted", Exact = true }) });
        var inProgress = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "In progress", Exact = true }) });
        await Expect(page.GetByText("Drag a card to move it, or focus it and press Alt + arrow keys.")).ToBeVisibleAsync();

        // Right: to the top of the next column.
        var card = notContacted.Locator("[data-lead-id]", new() { HasText = "podnośniki" });
        await card.FocusAsync();
        var saved = page.WaitForResponseAsync(r => r.Url.EndsWith("/Leads/Kanban/Move", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Alt+ArrowRight");
        Assert.Equal(204, (await saved).Status);
        await Expect(inProgress.Locator("[data-lead-id]").First).ToContainTextAsync("podnośniki");
        await Expect(page.Locator("[data-lead-board]")).Not.ToHaveAttributeAsync("aria-busy", "true");

        // Down: one place lower within the column; the card keeps the focus.
        saved = page.WaitForResponseAsync(r => r.Url.EndsWith("/Leads/Kanban/Move", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Alt+ArrowDown");
        Assert.Equal(204, (await saved).Status);
        await Expect(inProgress.Locator("[data-lead-id]", new() { HasText = "podnośniki" })).ToBeFocusedAsync();
        var order = await inProgress.Locator("[data-lead-id]").AllInnerTextsAsync();

        await page.ReloadAsync();
        Assert.Equal(order.Select(t => t.Split('\n')[0]), (await inProgress.Locator("[data-lead-id]").AllInnerTextsAsync()).Select(t => t.Split('\n')[0]));
        Assert.Contains("podnośniki", (await inProgress.Locator("[data-lead-id]").Nth(1).InnerTextAsync()), StringComparison.Ordinal);
        await Expect(notContacted.Locator("[data-lead-id]")).ToHaveCountAsync(0);
    }
}
