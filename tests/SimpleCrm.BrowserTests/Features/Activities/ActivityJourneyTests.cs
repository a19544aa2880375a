using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Activities;

/// <summary>A rep logs a call on a lead's timeline in a real browser, filters the timeline, edits the call and finds it on /History.</summary>
public sealed partial class ActivityJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_user_logs_a_call_sees_it_on_top_filters_by_activities_edits_it_and_finds_it_on_history()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Leads/New");
        await page.GetByLabel("Name").First.FillAsync("Regały dla Hurtowni Żelaza „Kowalczyk” w Łodzi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByTestId("lead-tabs").GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();

        // A note picked in the log form is a note like any other: it lands on the Notes tab.
        var log = page.GetByTestId("activity-log");
        await log.GetByLabel("Type").SelectOptionAsync("Note");
        await log.GetByLabel("Text").FillAsync("Klient woli kontakt po południu.");
        await log.GetByRole(AriaRole.Button, new() { Name = "Log" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Note added.");

        await log.GetByLabel("Type").SelectOptionAsync("Call");
        await log.GetByLabel("Minutes").FillAsync("15");
        await log.GetByLabel("Outcome").FillAsync("Umówione demo w czwartek");
        await log.GetByLabel("Text").FillAsync("Pan Kowalczyk pyta o regały wysokiego składowania i termin montażu.");
        await log.GetByRole(AriaRole.Button, new() { Name = "Log" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Activity logged.");
        var timeline = page.GetByTestId("timeline");
        var top = timeline.GetByTestId("history-line").First;
        await Expect(top).ToContainTextAsync("Call");
        await Expect(top).ToContainTextAsync("Umówione demo w czwartek");
        await Expect(top).ToContainTextAsync("15 min");
        await Expect(timeline).ToContainTextAsync("Note: Klient woli kontakt po południu.");
        await Expect(page.GetByTestId("lead-tabs").GetByTestId("history")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "lead-timeline-activity");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GetByTestId("timeline-kinds").GetByRole(AriaRole.Button, new() { Name = "Activities" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ActivitiesKind());
        await Expect(timeline.GetByTestId("history-line")).ToHaveCountAsync(1);
        await Expect(timeline).Not.ToContainTextAsync("Klient woli kontakt");
        await Screenshots.SaveAsync(page, "lead-timeline-activities-only");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await timeline.GetByTestId("activity-edit").ClickAsync();
        var form = page.GetByTestId("activity-form");
        await Expect(form.GetByLabel("Outcome")).ToHaveValueAsync("Umówione demo w czwartek");
        await form.GetByLabel("Outcome").FillAsync("Demo przełożone na piątek");
        await Screenshots.SaveAsync(page, "activity-edit-form");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Activity saved.");
        await Expect(page.GetByTestId("timeline").GetByTestId("history-line").First).ToContainTextAsync("Demo przełożone na piątek");

        var nav = page.Locator("nav.navbar");
        var navBox = await nav.BoundingBoxAsync();
        Assert.True(navBox!.Height < 70, $"The navigation bar is {navBox.Height}px high at 1280 px: it has wrapped into a second line.");
        await nav.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();
        var feed = page.GetByTestId("history-feed");
        await Screenshots.SaveAsync(page, "history-page-all");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        // The call itself, and below it the line that says it was edited.
        var line = feed.Locator("[data-activity=Call]").Filter(new() { HasText = "Demo przełożone na piątek" });
        await Expect(line).ToHaveCountAsync(1);
        await Expect(feed).ToContainTextAsync("Activity edited: Demo przełożone na piątek");
        await Expect(line.GetByTestId("history-lead")).ToContainTextAsync("Regały dla Hurtowni Żelaza");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Notes" });
        await page.GetByTestId("history-filter").GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(NotesKind());
        await Expect(feed).ToContainTextAsync("Note: Klient woli kontakt po południu.");
        await Expect(feed).Not.ToContainTextAsync("Demo przełożone na piątek");
        await Screenshots.SaveAsync(page, "history-page");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [Fact]
    public async Task A_visit_logged_on_a_contacts_history_card_shows_there_and_the_card_filters_in_place()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Contacts/New?kind=Person");
        await page.GetByLabel("First name").FillAsync("Jadwiga");
        await page.GetByLabel("Last name").FillAsync("Śliwińska-Wójcik");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Jadwiga Śliwińska-Wójcik");

        var card = page.GetByTestId("history");
        var log = card.GetByTestId("activity-log");
        await log.GetByLabel("Type").SelectOptionAsync("Visit");
        await log.GetByLabel("Minutes").FillAsync("90");
        await log.GetByLabel("Outcome").FillAsync("Podpisany protokół odbioru");
        await log.GetByRole(AriaRole.Button, new() { Name = "Log" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Activity logged.");
        await Expect(page.GetByTestId("history").GetByTestId("history-line").First).ToContainTextAsync("Podpisany protokół odbioru");
        var address = page.Url;
        await page.GetByTestId("history").GetByTestId("timeline-kinds").GetByRole(AriaRole.Button, new() { Name = "Changes" }).ClickAsync();
        await Expect(page.GetByTestId("history").GetByTestId("timeline-kinds").GetByRole(AriaRole.Button, new() { Name = "Changes" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("history")).Not.ToContainTextAsync("Podpisany protokół odbioru");
        Assert.Equal(address, page.Url);
        await page.GetByTestId("history").GetByTestId("timeline-kinds").GetByRole(AriaRole.Button, new() { Name = "All" }).ClickAsync();
        await Expect(page.GetByTestId("history")).ToContainTextAsync("Podpisany protokół odbioru");
        await Screenshots.SaveAsync(page, "contact-history-card");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [GeneratedRegex("kind=Activities")]
    private static partial Regex ActivitiesKind();

    [GeneratedRegex("kind=Notes")]
    private static partial Regex NotesKind();
}
