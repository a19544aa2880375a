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
    public async Task A_rule_made_in_add_clients_converts_a_contact_added_to_its_list_onto_the_board_and_pausing_it_stops_that()
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

        // "Add clients" with one list chosen offers to convert existing and future members.
        await page.GotoAsync($"/Pipelines/{pipelineId}");
        await page.GetByTestId("add-clients").ClickAsync();
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Targi Poznań 2026")).CheckAsync();
        await page.GetByTestId("add-clients-next").ClickAsync();
        await page.GetByTestId("add-clients-next").ClickAsync();
        await page.GetByLabel("Label").FillAsync("Stoisko targowe");
        await page.GetByLabel("Stage").SelectOptionAsync(new SelectOptionValue { Label = stageName });
        await page.GetByLabel("Value").FillAsync("2500");
        await page.GetByLabel("Currency").FillAsync("PLN");
        await page.GetByTestId("add-clients-convert-future").CheckAsync();
        await page.GetByTestId("add-clients-next").ClickAsync();
        await Expect(page.GetByTestId("add-clients-rule")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "add-clients-rule-summary");
        await page.GetByTestId("add-clients-add").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The auto-conversion rule was created.");
        var ruleId = await factory.WithDbAsync(db => db.AutoConversionRules.Where(r => r.ListId == listId).Select(r => r.Id).SingleAsync());

        // The queued run converts today's member; the list event converts a newcomer, both onto the board.
        await RunRuleAsync(ruleId);
        await AddToListOnProfileAsync(page, bartek);
        await DispatchOutboxAsync();
        await page.GotoAsync($"/Pipelines/{pipelineId}");
        var column = page.GetByTestId("board-column").Filter(new() { Has = page.Locator("h2", new() { HasTextString = stageName }) });
        await Expect(column.GetByTestId("board-card").Filter(new() { HasText = "Ala Stoiskowa" })).ToHaveCountAsync(1);
        await Expect(column.GetByTestId("board-card").Filter(new() { HasText = "Bartek Nowoprzybyły" })).ToContainTextAsync("Stoisko targowe");
        Assert.Equal(1, await DealsOfAsync(bartek));

        // The stage's header shows the rule's icon; its panel tells what the rule did and pauses it.
        await column.GetByTestId("stage-rules-button").ClickAsync();
        var panel = page.GetByTestId("stage-rules-panel");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("rule-added")).ToHaveTextAsync("2 added");
        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.modal.show')).opacity === '1'");
        await Screenshots.SaveAsync(page, "auto-conversion-stage-panel");
        await panel.GetByTestId("rule-switch").ClickAsync();
        await Expect(page.GetByText("The rule was paused.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Pipelines/{pipelineId}$"));
        await AddToListOnProfileAsync(page, celina);
        await DispatchOutboxAsync();
        await SweepAsync();
        await page.GotoAsync($"/Pipelines/{pipelineId}/Rules");

        var row = page.Locator($"[data-rule='{ruleId}']");
        await Expect(row.GetByTestId("rule-added")).ToHaveTextAsync("2 added");
        await Expect(row.GetByTestId("rule-switch")).Not.ToBeCheckedAsync();
        Assert.Equal(0, await DealsOfAsync(celina));
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "auto-conversion-rules-paused");
    }

    [Fact]
    public async Task The_rules_page_makes_a_rule_from_its_own_form()
    {
        var pipelineId = await factory.WithDbAsync(db => db.Pipelines.Where(p => p.ResourceKey == "Pipelines.Sales").Select(p => p.Id).SingleAsync());
        await AddListAsync("Webinar grudzień");
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await page.GotoAsync($"/Pipelines/{pipelineId}/Rules");
        await page.GetByRole(AriaRole.Link, new() { Name = "New auto-conversion rule" }).ClickAsync();
        await page.GetByLabel("List", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Webinar grudzień" });
        await page.GetByLabel("Stage").SelectOptionAsync(new SelectOptionValue { Label = "Proposal" });
        await page.GetByLabel("Label").FillAsync("Szkolenie online");
        await page.GetByLabel("Close by (days after conversion)").FillAsync("21");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "auto-conversion-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create rule" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The rule was created");
        var row = page.Locator("[data-rule]").Filter(new() { Has = page.GetByTestId("rule-source").GetByText("Webinar grudzień") });
        await Expect(row.GetByTestId("rule-added")).ToHaveTextAsync("0 added");
        await Screenshots.SaveAsync(page, "auto-conversion-rules");
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
