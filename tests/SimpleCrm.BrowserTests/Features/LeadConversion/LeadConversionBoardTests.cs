using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SimpleCrm.Application.Leads;
using SimpleCrm.BrowserTests.Features.LeadBoard;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.LeadConversion;

/// <summary>A card dropped on a Converted column snaps back and the board offers the conversion page instead.</summary>
public sealed class LeadConversionBoardTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_card_dropped_on_the_converted_column_goes_back_and_the_link_opens_the_conversion()
    {
        var convertedId = await factory.WithDbAsync(async db =>
        {
            // Only New and Converted on the board, so both columns are in view side by side.
            var converted = await db.LeadStatuses.FirstAsync(s => s.Meaning == LeadStatusMeaning.Converted);
            await db.LeadStatuses.ExecuteUpdateAsync(u => u.SetProperty(s => s.ShowOnKanban, s => s.Id == converted.Id || s.ResourceKey == "LeadStatuses.New"));
            return converted.Id;
        });
        var leadId = (await factory.SeedLeadsAsync(
            ("Wózki paletowe dla magazynu w Kownie", "Sandėliai UAB", 9900m, "LeadStatuses.New"),
            ("Regały dla hurtowni", "Hurtownia Łódź", 4100m, "LeadStatuses.Converted")))[0];
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Leads/Kanban");
        var newColumn = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "New", Exact = true }) });
        var convertedColumn = page.Locator($"section[data-board-column='{convertedId}']");

        var refused = page.WaitForResponseAsync(r => r.Url.EndsWith("/Leads/Kanban/Move", StringComparison.Ordinal));
        await newColumn.Locator("[data-lead-id]", new() { HasText = "Wózki paletowe" }).DragToAsync(convertedColumn.Locator("[data-lead-id]").First);
        Assert.Equal(409, (await refused).Status);

        var status = page.GetByRole(AriaRole.Status);
        await Expect(status).ToContainTextAsync("To mark a lead converted, convert it to a client.");
        await Expect(newColumn.Locator("[data-lead-id]", new() { HasText = "Wózki paletowe" })).ToHaveCountAsync(1);
        await Expect(convertedColumn.Locator("[data-lead-id]")).ToHaveCountAsync(1);
        await status.GetByRole(AriaRole.Link, new() { Name = "Convert to client" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/Leads/{leadId}/Convert\\?statusId={convertedId}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Wózki paletowe dla magazynu w Kownie");
    }
}
