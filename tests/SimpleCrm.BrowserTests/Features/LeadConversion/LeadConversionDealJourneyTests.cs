using Microsoft.Playwright;
using SimpleCrm.Application.Leads;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.LeadConversion;

/// <summary>
/// Stage automation in a real browser: the admin ticks "Proposal" on a task template, converts a lead
/// with "Create a deal" into Proposal, and the template's task for the deal is in Tasks.
/// </summary>
public sealed class LeadConversionDealJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_lead_converted_with_a_deal_into_proposal_gets_the_stages_task_in_tasks()
    {
        var leadId = await factory.WithDbAsync(async db =>
        {
            var lead = new Lead
            {
                Name = "Wózki widłowe dla magazynu w Kownie",
                FirstName = "Rūta",
                LastName = "Žemaitienė",
                CompanyName = "Sandėliavimo Sprendimai UAB",
                ProductsOfInterest = "Wózki widłowe elektryczne",
                EstimatedAmount = 86000m,
                Currency = "EUR",
                StatusId = db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Open).OrderBy(s => s.Position).Select(s => s.Id).First(),
                SourceId = db.LeadSources.OrderBy(s => s.Position).Select(s => s.Id).First(),
            };
            lead.RefreshDerivedFields();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return lead.Id;
        });
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await page.GotoAsync("/Admin/TaskTemplates/New");
        var form = page.GetByTestId("task-template-form");
        await form.Locator("#Name").FillAsync("Oferta wysłana");
        await form.GetByLabel("Task title").FillAsync("Follow up in 3 days");
        await form.GetByLabel("Days").FillAsync("3");
        await form.GetByTestId("template-stages").Locator("fieldset[data-pipeline='Sales']").GetByLabel("Proposal", new() { Exact = true }).CheckAsync();
        await Screenshots.SaveAsync(page, "task-template-form-stages");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("tr[data-task-template='Oferta wysłana']")).ToContainTextAsync("Proposal");

        await page.GotoAsync($"/Leads/{leadId}/Convert");
        var deal = page.GetByTestId("deal");
        await Expect(deal.GetByLabel("Label (product or service)")).ToBeHiddenAsync();
        await deal.GetByLabel("Create a deal for the contact").CheckAsync();
        await Expect(deal.GetByLabel("Label (product or service)")).ToHaveValueAsync("Wózki widłowe elektryczne");
        await Expect(deal.GetByLabel("Currency")).ToHaveValueAsync("EUR");
        await deal.GetByLabel("Pipeline and stage").SelectOptionAsync(new SelectOptionValue { Label = "Sales › Proposal" });
        await Screenshots.SaveAsync(page, "lead-conversion-deal");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByTestId("convert").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("with the deal \"Wózki widłowe elektryczne\"");

        await page.GotoAsync("/Tasks");
        var task = page.Locator("[data-testid=task-title]", new() { HasText = "Follow up in 3 days" });
        await Expect(task).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("task-record").Filter(new() { HasText = "Wózki widłowe elektryczne" })).ToContainTextAsync("Deal: Wózki widłowe elektryczne — Rūta Žemaitienė");
        await Screenshots.SaveAsync(page, "tasks-deal-task");
    }
}
