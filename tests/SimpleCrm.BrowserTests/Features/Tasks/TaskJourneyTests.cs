using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Tasks;

/// <summary>A rep's day with tasks in a real browser: add them on a lead's card, find them in My tasks, tick one off.</summary>
public sealed partial class TaskJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_user_adds_tasks_on_a_leads_card_finds_them_under_today_and_overdue_and_completes_one_with_one_click()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Leads/New");
        await page.GetByLabel("Name").First.FillAsync("Żurawie dla Przedsiębiorstwa Budowlanego Kowalski i Wspólnicy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var tabs = page.GetByTestId("lead-tabs");

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Tasks" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TasksTab());
        var quick = page.GetByTestId("task-quick-add");
        await quick.GetByLabel("Title").FillAsync("Zadzwonić do pana Kowalskiego w sprawie żurawia");
        await quick.GetByRole(AriaRole.Button, new() { Name = "Add task" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Task created.");
        await Expect(page.GetByTestId("task")).ToContainTextAsync("Zadzwonić do pana Kowalskiego w sprawie żurawia");
        await Expect(page.GetByTestId("overdue-count")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "More details…" }).ClickAsync();
        var form = page.GetByTestId("task-form");
        await form.GetByLabel("Title").FillAsync("Wysłać ofertę na dźwig wieżowy");
        await form.GetByLabel("Due date").FillAsync(DateTime.Now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByLabel("Time").FillAsync("09:30");
        await form.GetByLabel("Priority").SelectOptionAsync("High");
        await Screenshots.SaveAsync(page, "task-form");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TasksTab());
        await Expect(page.GetByTestId("overdue-count")).ToHaveTextAsync("1");
        await Screenshots.SaveAsync(page, "lead-card-tasks");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.SetViewportSizeAsync(Screenshots.PhoneWidth, 800);
        await Expect(page.GetByTestId("overdue-count-phone")).ToContainTextAsync("1");
        await page.SetViewportSizeAsync(Screenshots.DesktopWidth, 800);
        await Expect(page.GetByTestId("overdue-count-phone")).ToBeHiddenAsync();

        await page.GetByTestId("nav-tasks").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My tasks" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("section-Today")).ToContainTextAsync("Zadzwonić do pana Kowalskiego w sprawie żurawia");
        var overdue = page.GetByTestId("section-Overdue");
        await Expect(overdue).ToContainTextAsync("Wysłać ofertę na dźwig wieżowy");
        await Expect(overdue.GetByTestId("task-record")).ToContainTextAsync("Lead: Żurawie dla Przedsiębiorstwa Budowlanego");
        await Screenshots.SaveAsync(page, "tasks-list");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await overdue.GetByRole(AriaRole.Button, new() { Name = "Mark done: Wysłać ofertę na dźwig wieżowy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Task done.");
        await Expect(page.GetByTestId("overdue-count")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("section-Overdue")).ToContainTextAsync("Nothing here.");
        await Expect(page.GetByTestId("section-Done")).ToContainTextAsync("Wysłać ofertę na dźwig wieżowy");
        await Expect(page.GetByTestId("section-Done")).ToContainTextAsync("Done by Administrator");
        await Screenshots.SaveAsync(page, "tasks-list-done");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GetByTestId("section-Today").GetByTestId("task-record").ClickAsync();
        await tabs.GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        var timeline = page.GetByTestId("timeline");
        await Expect(timeline.Locator("li").Nth(0)).ToContainTextAsync("Task done: Wysłać ofertę na dźwig wieżowy");
        await Expect(timeline).ToContainTextAsync("Task created: Zadzwonić do pana Kowalskiego w sprawie żurawia");
    }

    [GeneratedRegex("tab=tasks")]
    private static partial Regex TasksTab();
}
