using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.LeadBoard;

/// <summary>A drag the server refuses puts the card back and says why; a reload shows what was saved.</summary>
public sealed class LeadBoardRefusalTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_card_changed_by_someone_else_meanwhile_snaps_back_with_the_reason()
    {
        var ids = await factory.SeedLeadsAsync(
            ("Dachówki ceramiczne", "Ceramika Śląska", 5000m, "LeadStatuses.New"),
            ("Okna PCV", "Okna Wilno UAB", 7000m, "LeadStatuses.InProgress"));
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync(new Uri(factory.ServerAddress, "/Leads/Kanban").ToString());
        var newColumn = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "New", Exact = true }) });
        var inProgress = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "In progress", Exact = true }) });
        await Expect(newColumn.Locator("[data-lead-id]")).ToHaveCountAsync(1);
        await factory.ChangeBehindTheBoardAsync(ids[0]);

        var refused = page.WaitForResponseAsync(r => r.Url.EndsWith("/Leads/Kanban/Move", StringComparison.Ordinal));
        await newColumn.Locator("[data-lead-id]").First.DragToAsync(inProgress.Locator("[data-lead-id]").First);
        var response = await refused;

        Assert.Equal(409, response.Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Someone else changed this record in the meantime.");
        await Expect(newColumn.Locator("[data-lead-id]", new() { HasText = "Dachówki ceramiczne" })).ToHaveCountAsync(1);
        await Expect(inProgress.Locator("[data-lead-id]")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "lead-board-refused");
        await page.ReloadAsync();
        await Expect(newColumn.Locator("[data-lead-id]", new() { HasText = "Dachówki ceramiczne" })).ToHaveCountAsync(1);
        await Expect(inProgress.Locator("[data-lead-id]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_column_of_more_than_fifty_leads_loads_the_rest_when_scrolled_to_its_bottom()
    {
        var leads = Enumerable.Range(1, 55).Select(i => ($"Oferta {i:D2}", "Hurtownia Łódź", 100m, "LeadStatuses.ProposalSent")).ToArray();
        await factory.SeedLeadsAsync(leads);
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync(new Uri(factory.ServerAddress, "/Leads/Kanban").ToString());
        var column = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Proposal sent", Exact = true }) });
        await Expect(column.Locator("[data-lead-id]")).ToHaveCountAsync(50);
        await Expect(column.GetByTestId("column-count")).ToHaveTextAsync("55");

        await column.Locator("[data-board-more]").ScrollIntoViewIfNeededAsync();

        await Expect(column.Locator("[data-lead-id]")).ToHaveCountAsync(55);
        await Expect(column.Locator("[data-lead-id]").Last).ToContainTextAsync("Oferta 55");
        await Expect(column.Locator("[data-board-more]")).ToHaveCountAsync(0);
    }
}
