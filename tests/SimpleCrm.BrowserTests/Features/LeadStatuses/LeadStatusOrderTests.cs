using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.LeadStatuses;

/// <summary>An admin drags a lead status to a new place; the order is saved at once and survives a reload.</summary>
public sealed class LeadStatusOrderTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task Admin_drags_the_junk_status_to_the_top_and_the_order_survives_a_reload()
    {
        var admin = await browser.NewPageAsync(factory.ServerAddress);
        await admin.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Admin" }).Or(admin.GetByRole(AriaRole.Link, new() { Name = "Admin" })).First.ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Lead statuses" }).ClickAsync();
        var rows = admin.Locator("tr[data-lead-status]");
        await Expect(rows).ToHaveCountAsync(6);
        await Screenshots.SaveAsync(admin, "lead-statuses");

        var saved = admin.WaitForResponseAsync(r => r.Url.EndsWith("/Admin/LeadStatuses/Order", StringComparison.Ordinal));
        await admin.Locator("tr[data-lead-status='Junk'] [data-reorder-handle]").DragToAsync(admin.Locator("tr[data-lead-status='New']"));
        var response = await saved;
        await Expect(admin.Locator("[data-reorder-status]")).ToHaveTextAsync("Order saved.");
        await admin.ReloadAsync();

        Assert.Equal(204, response.Status);
        Assert.Equal(["Junk", "New", "Not contacted", "In progress", "Proposal sent", "Converted"],
            await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.leadStatus)"));
        await Expect(rows.First.GetByRole(AriaRole.Button, new() { Name = "Move Junk up" })).ToBeDisabledAsync();
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(admin));
        await Screenshots.SaveAsync(admin, "lead-statuses-reordered");
        await admin.GotoAsync("/Admin/LeadSources");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(admin));
        await Screenshots.SaveAsync(admin, "lead-sources");
    }
}
