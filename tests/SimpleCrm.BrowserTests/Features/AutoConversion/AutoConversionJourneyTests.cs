using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Outbox;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.AutoConversion;

/// <summary>
/// A manager makes a list feed a pipeline stage, puts a new contact on the list and finds its deal;
/// with the rule paused, the next contact gets none. The test host runs no Hangfire server, so the
/// test runs the queued rule and the minutely outbox job itself, where the workers would.
/// </summary>
public sealed class AutoConversionJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_rule_converts_a_contact_added_to_its_list_and_pausing_it_stops_that()
    {
        const string stageName = "Qualified";
        var pipelineId = await factory.WithDbAsync(db => db.Pipelines.Where(p => p.ResourceKey == "Pipelines.Sales").Select(p => p.Id).SingleAsync());
        var listId = await AddListAsync("Targi Poznań 2026");
        var ala = await AddContactAsync("Ala", "Stoiskowa");
        var bartek = await AddContactAsync("Bartek", "Nowoprzybyły");
        var celina = await AddContactAsync("Celina", "Spóźniona");
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await AddToListOnProfileAsync(page, ala);

        await page.GotoAsync($"/Pipelines/{pipelineId}/Rules");
        await Expect(page.GetByText("No rules feed this pipeline yet.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New auto-conversion rule" }).ClickAsync();
        await page.GetByLabel("List", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Targi Poznań 2026" });
        await page.GetByLabel("Stage").SelectOptionAsync(new SelectOptionValue { Label = stageName });
        await page.GetByLabel("Label").FillAsync("Stoisko targowe");
        await page.GetByLabel("Value").FillAsync("2500");
        await page.GetByLabel("Currency").FillAsync("PLN");
        await page.GetByLabel("Close by (days after conversion)").FillAsync("21");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "auto-conversion-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create rule" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The rule was created");
        var ruleId = await factory.WithDbAsync(db => db.AutoConversionRules.Where(r => r.ListId == listId).Select(r => r.Id).SingleAsync());

        await RunRuleAsync(ruleId);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("rule-added")).ToHaveTextAsync("1 added");

        await AddToListOnProfileAsync(page, bartek);
        await DispatchOutboxAsync();
        await page.GotoAsync($"/Pipelines/{pipelineId}/Rules");
        await Expect(page.GetByTestId("rule-added")).ToHaveTextAsync("2 added");
        Assert.Equal(1, await DealsOfAsync(bartek));
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "auto-conversion-rules");

        // The stage's header (here in Admin › Pipelines) shows the rule's icon; its panel pauses the rule.
        await page.GotoAsync($"/Admin/Pipelines/{pipelineId}");
        await page.Locator($"tr[data-stage='{stageName}']").GetByTestId("stage-rules-button").ClickAsync();
        var panel = page.GetByTestId("stage-rules-panel");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("rule-added")).ToHaveTextAsync("2 added");
        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.modal.show')).opacity === '1'");
        await Screenshots.SaveAsync(page, "auto-conversion-stage-panel");
        await panel.GetByTestId("rule-switch").ClickAsync();
        await Expect(page.GetByText("The rule was paused.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Admin/Pipelines/{pipelineId}$"));
        await Expect(page.Locator("tr[data-stage] [data-testid=stage-rules-button]")).ToHaveCountAsync(1);
        await AddToListOnProfileAsync(page, celina);
        await DispatchOutboxAsync();
        await SweepAsync();
        await page.GotoAsync($"/Pipelines/{pipelineId}/Rules");

        await Expect(page.GetByTestId("rule-added")).ToHaveTextAsync("2 added");
        await Expect(page.GetByTestId("rule-switch")).Not.ToBeCheckedAsync();
        Assert.Equal(0, await DealsOfAsync(celina));
        await Screenshots.SaveAsync(page, "auto-conversion-rules-paused");
    }

    private static async Task AddToListOnProfileAsync(IPage page, int contactId)
    {
        await page.GotoAsync($"/Contacts/{contactId.ToString(CultureInfo.InvariantCulture)}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to list" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added to the list.");
    }

    private Task<int> AddListAsync(string name) => factory.WithDbAsync(async db =>
    {
        var list = new ContactList { Name = name, NameKey = ListInput.NameKeyOf(name) };
        db.ContactLists.Add(list);
        await db.SaveChangesAsync();
        return list.Id;
    });

    private Task<int> AddContactAsync(string firstName, string lastName) => factory.WithDbAsync(async db =>
    {
        var contact = new Contact { Kind = ContactKind.Person, FirstName = firstName, LastName = lastName, Version = Guid.NewGuid() };
        contact.RefreshDerivedFields();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    });

    private Task<int> DealsOfAsync(int contactId) => factory.WithDbAsync(db => db.Deals.CountAsync(d => d.ContactId == contactId && d.Label == "Stoisko targowe"));

    private async Task RunRuleAsync(int ruleId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AutoConversionRun>().RunAsync(ruleId, CancellationToken.None);
    }

    private async Task SweepAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AutoConversionRun>().RunAllAsync(CancellationToken.None);
    }

    private async Task DispatchOutboxAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }
}
