using Microsoft.Playwright;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.DealBoard;

/// <summary>A user works a pipeline's board: drags a deal to Won, loses one with a reason, meets a conflict; a manager sorts the list view.</summary>
public sealed class DealBoardJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_deal_dragged_to_won_stays_there_after_a_reload_and_one_dropped_in_lost_asks_for_the_reason()
    {
        var pipelineId = await factory.SeedPipelineAsync("Dźwigi B2B",
            ("Agnieszka Wiśniewska", "Żurawie wieżowe", 125000.50m, 2),
            ("Jonas Kazlauskas", "Serwis dźwigów", 8400m, 2),
            ("Ольга Смирнова", "Rusztowania", 3200m, 0),
            ("Zuzana Horváthová", "Podnośniki", 15000m, 3));
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync($"/Pipelines/{pipelineId}");
        var proposal = Column(page, "Proposal");
        var won = Column(page, "Won");
        var lost = Column(page, "Lost");
        await Expect(proposal.Locator("[data-deal-id]")).ToHaveCountAsync(2);
        await Expect(proposal.GetByTestId("column-total")).ToHaveTextAsync("133,400.50 PLN");
        await Expect(proposal.GetByTestId("column-weighted")).ToContainTextAsync("66,700.25 PLN");
        await Screenshots.SaveAsync(page, "deal-board");

        var saved = page.WaitForResponseAsync(r => r.Url.EndsWith("/Pipelines/Move", StringComparison.Ordinal));
        await proposal.Locator("[data-deal-id]", new() { HasText = "Żurawie wieżowe" }).DragToAsync(won.Locator("[data-board-cards]"));
        Assert.Equal(204, (await saved).Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deal moved.");
        await Expect(won.GetByTestId("column-count")).ToHaveTextAsync("1");

        await Column(page, "Negotiation").Locator("[data-deal-id]").First.DragToAsync(lost.Locator("[data-board-cards]"));
        var dialog = page.Locator("dialog[data-lost-dialog]");
        await Expect(dialog).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "deal-board-lost-reason");
        await dialog.Locator("select").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        saved = page.WaitForResponseAsync(r => r.Url.EndsWith("/Pipelines/Move", StringComparison.Ordinal));
        await dialog.GetByTestId("lost-confirm").ClickAsync();
        Assert.Equal(204, (await saved).Status);

        await page.ReloadAsync();
        await Expect(won.Locator("[data-deal-id]", new() { HasText = "Żurawie wieżowe" })).ToHaveCountAsync(1);
        await Expect(lost.Locator("[data-deal-id]", new() { HasText = "Podnośniki" })).ToHaveCountAsync(1);
        await Expect(proposal.Locator("[data-deal-id]")).ToHaveCountAsync(1);
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [Fact]
    public async Task A_card_changed_by_someone_else_meanwhile_snaps_back_with_the_reason()
    {
        var pipelineId = await factory.SeedPipelineAsync("Konflikt B2B",
            ("Piotr Zieliński", "Dachówki ceramiczne", 5000m, 0),
            ("Rūta Petrauskienė", "Okna PCV", 7000m, 1));
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync($"/Pipelines/{pipelineId}");
        var first = Column(page, "New contact");
        var second = Column(page, "Qualified");
        await Expect(first.Locator("[data-deal-id]")).ToHaveCountAsync(1);
        await factory.ChangeDealBehindTheBoardAsync("Dachówki ceramiczne");

        var refused = page.WaitForResponseAsync(r => r.Url.EndsWith("/Pipelines/Move", StringComparison.Ordinal));
        await first.Locator("[data-deal-id]").First.DragToAsync(second.Locator("[data-deal-id]").First);

        Assert.Equal(409, (await refused).Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Someone else changed this record in the meantime.");
        await Expect(first.Locator("[data-deal-id]", new() { HasText = "Dachówki ceramiczne" })).ToHaveCountAsync(1);
        await Expect(second.Locator("[data-deal-id]")).ToHaveCountAsync(1);
        await page.ReloadAsync();
        await Expect(first.Locator("[data-deal-id]", new() { HasText = "Dachówki ceramiczne" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_manager_opens_pipelines_from_the_menu_switches_to_the_list_and_sorts_it_by_value()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var managerEmail = $"deal-manager-{tag}@test.local";
        await factory.CreateUserAsync(managerEmail, Roles.Manager, "Małgorzata Wiśniewska");
        var pipelineId = await factory.SeedPipelineAsync("Lista " + tag,
            ("Tomasz Wójcik", "Mały serwis", 900m, 0),
            ("Darius Jankauskas", "Duża licencja", 250000m, 1),
            ("Katarína Nováková", "Średni projekt", 42000m, 2));
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(managerEmail, CrmWebFactory.Password);
        await Expect(page.GetByTestId("nav-pipelines")).ToBeVisibleAsync();
        await page.GotoAsync($"/Pipelines/{pipelineId}");
        await page.GetByTestId("view-list").ClickAsync();

        await page.GetByTestId("sort-Value").ClickAsync();

        await Expect(page.GetByTestId("sort-Value")).ToHaveAttributeAsync("aria-sort", "descending");
        Assert.Equal(["Duża licencja", "Średni projekt", "Mały serwis"], await page.Locator("[data-testid=deal-row] td:nth-child(2)").AllInnerTextsAsync());
        await Screenshots.SaveAsync(page, "deal-list");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    private static ILocator Column(IPage page, string name) =>
        page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true }) });
}
