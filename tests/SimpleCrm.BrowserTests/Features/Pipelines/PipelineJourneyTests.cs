using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Pipelines;

/// <summary>An admin creates a pipeline, finds the template stages on its page, adds a stage, drags it into place and deletes it again.</summary>
public sealed class PipelineJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task Admin_creates_a_pipeline_sees_the_template_stages_adds_a_stage_drags_it_before_proposal_and_deletes_it()
    {
        var admin = await browser.NewPageAsync(factory.ServerAddress);
        await admin.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Admin" }).Or(admin.GetByRole(AriaRole.Link, new() { Name = "Admin" })).First.ClickAsync();
        await admin.Locator(".dropdown-menu").GetByRole(AriaRole.Link, new() { Name = "Pipelines" }).ClickAsync();
        await Expect(admin.Locator("tr[data-pipeline='Sales']")).ToHaveCountAsync(1);
        await admin.GetByRole(AriaRole.Link, new() { Name = "New pipeline" }).ClickAsync();
        await admin.GetByLabel("Name").FillAsync("Szkolenia i wdrożenia");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var rows = admin.Locator("tr[data-stage]");
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Szkolenia i wdrożenia");
        Assert.Equal(["New contact", "Qualified", "Proposal", "Negotiation", "Won", "Lost"], await StagesAsync(rows));
        await Screenshots.SaveAsync(admin, "pipeline-template-stages");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Add stage" }).ClickAsync();
        await admin.GetByLabel("Name").FillAsync("Demo");
        await admin.GetByLabel("Win probability").FillAsync("40");
        await Screenshots.SaveAsync(admin, "pipeline-stage-form");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(7);

        var saved = admin.WaitForResponseAsync(r => r.Url.EndsWith("/Stages/Order", StringComparison.Ordinal));
        await admin.Locator("tr[data-stage='Demo'] [data-reorder-handle]").DragToAsync(admin.Locator("tr[data-stage='Proposal']"));
        var response = await saved;
        await Expect(admin.Locator("[data-reorder-status]")).ToHaveTextAsync("The order of the stages was saved.");
        await admin.ReloadAsync();

        Assert.Equal(204, response.Status);
        Assert.Equal(["New contact", "Qualified", "Demo", "Proposal", "Negotiation", "Won", "Lost"], await StagesAsync(rows));
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(admin));
        await Screenshots.SaveAsync(admin, "pipeline-stages-reordered");

        await admin.Locator("tr[data-stage='Demo']").GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();
        await Expect(admin.GetByTestId("stage-empty")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(admin, "pipeline-stage-delete");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(6);
        Assert.Equal(["New contact", "Qualified", "Proposal", "Negotiation", "Won", "Lost"], await StagesAsync(rows));
        await admin.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Pipelines" }).First.ClickAsync();
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(admin));
        await Screenshots.SaveAsync(admin, "pipelines");
        await admin.GotoAsync("/Admin/LostReasons");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(admin));
        await Screenshots.SaveAsync(admin, "lost-reasons");
    }

    private static Task<string[]> StagesAsync(ILocator rows) => rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.stage)");
}
