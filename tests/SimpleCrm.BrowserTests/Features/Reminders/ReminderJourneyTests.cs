using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SimpleCrm.Application.Reminders;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Reminders;

/// <summary>A reminder rings in a real browser: set on a lead's card, the job runs, the bell counts it, a click lands on the lead and the count is gone.</summary>
public sealed partial class ReminderJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_reminder_set_on_a_lead_rings_under_the_bell_and_a_click_lands_on_the_lead_and_clears_the_count()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Leads/New");
        await page.GetByLabel("Name").First.FillAsync("Dźwigi Łukasiewicz i Synowie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByTestId("lead-tabs").GetByRole(AriaRole.Link, new() { Name = "Reminders" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(RemindersTab());
        var leadUrl = page.Url;

        await page.GetByTestId("lead-tabs").GetByRole(AriaRole.Link, new() { Name = "Tasks" }).ClickAsync();
        var quick = page.GetByTestId("task-quick-add");
        await quick.GetByLabel("Title").FillAsync("Spóźniony telefon");
        await quick.GetByLabel("Due date").FillAsync(DateTime.Now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await quick.GetByRole(AriaRole.Button, new() { Name = "Add task" }).ClickAsync();
        await page.GetByTestId("lead-tabs").GetByRole(AriaRole.Link, new() { Name = "Reminders" }).ClickAsync();
        var add = page.GetByTestId("reminder-add");
        await add.GetByLabel("When").FillAsync(DateTime.Now.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await add.GetByLabel("Remind me of").FillAsync("Oddzwonić do pana Łukasiewicza w sprawie żurawia");
        await add.GetByRole(AriaRole.Button, new() { Name = "Set reminder" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Reminder set.");
        await Expect(page.GetByTestId("reminder")).ToContainTextAsync("Oddzwonić do pana Łukasiewicza w sprawie żurawia");
        await Expect(page.GetByTestId("unread-reminders")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "lead-card-reminders");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        // The job runs (Hangfire does every minute; the browser host runs it directly).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ReminderDelivery>().DeliverDueAsync(CancellationToken.None) >= 1);
        }

        await page.ReloadAsync();
        await Expect(page.GetByTestId("unread-reminders")).ToHaveTextAsync("1");
        var nav = await page.Locator("nav.navbar").BoundingBoxAsync();
        Assert.True(nav!.Height < 70, $"The navigation bar is {nav.Height} px high at 1280 px: it wrapped.");
        await Screenshots.SaveAsync(page, "reminder-bell");
        await page.SetViewportSizeAsync(Screenshots.PhoneWidth, 800);
        await Expect(page.GetByTestId("unread-reminders-phone")).ToContainTextAsync("1");
        await Expect(page.GetByTestId("overdue-count-phone")).ToContainTextAsync("1");
        var bell = await page.GetByTestId("unread-reminders-phone").BoundingBoxAsync();
        var overdue = await page.GetByTestId("overdue-count-phone").BoundingBoxAsync();
        Assert.True(overdue!.X - (bell!.X + bell.Width) < 20, "The phone counts should sit together beside the menu button.");
        await page.SetViewportSizeAsync(Screenshots.DesktopWidth, 800);
        await Expect(page.GetByTestId("unread-reminders-phone")).ToBeHiddenAsync();

        await page.GetByTestId("nav-reminders").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reminders", Exact = true })).ToBeVisibleAsync();
        var rung = page.GetByTestId("reminders-rung");
        await Expect(rung).ToContainTextAsync("Oddzwonić do pana Łukasiewicza w sprawie żurawia");
        await Expect(rung).ToContainTextAsync("Lead: Dźwigi Łukasiewicz i Synowie");
        await Screenshots.SaveAsync(page, "reminders-list");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        var open = rung.GetByTestId("reminder-open");
        await Expect(open).ToHaveAccessibleNameAsync("Open: Oddzwonić do pana Łukasiewicza w sprawie żurawia");
        await open.ClickAsync();
        await Expect(page).ToHaveURLAsync(leadUrl);
        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Dźwigi Łukasiewicz i Synowie");
        await Expect(page.GetByTestId("unread-reminders")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("unread-reminders-phone")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reminder_set_on_a_contacts_profile_is_listed_there_and_on_the_reminders_page_and_can_be_cancelled()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Contacts/New?kind=Person");
        await page.GetByLabel("First name").FillAsync("Rūta");
        await page.GetByLabel("Last name").FillAsync("Priminimaitė");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Rūta Priminimaitė");

        var card = page.GetByTestId("record-reminders");
        await card.GetByLabel("When").FillAsync(DateTime.Now.AddDays(2).ToString("yyyy-MM-ddT10:15", CultureInfo.InvariantCulture));
        await card.GetByLabel("Remind me of").FillAsync("Paklausti apie užsakymą");
        await card.GetByLabel("For whom").SelectOptionAsync(new SelectOptionValue { Label = "Me" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Set reminder" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Reminder set.");
        await Expect(card.GetByTestId("reminder")).ToContainTextAsync("Paklausti apie užsakymą");
        await card.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "contact-reminders");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GetByTestId("nav-reminders").ClickAsync();
        var pending = page.GetByTestId("reminders-pending");
        await Expect(pending).ToContainTextAsync("Contact: Rūta Priminimaitė");
        await Screenshots.SaveAsync(page, "reminders-pending");
        await pending.GetByRole(AriaRole.Button, new() { Name = "Cancel: Paklausti apie užsakymą" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Reminder cancelled.");
        await Expect(page.GetByTestId("reminders-pending")).ToHaveCountAsync(0);
    }

    [GeneratedRegex("tab=reminders")]
    private static partial Regex RemindersTab();
}
