using Microsoft.Playwright;
using SimpleCrm.BrowserTests.Features.LeadBoard;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.TaskTemplates;

/// <summary>
/// Automation in a real browser: the admin makes a task template and attaches it to "In progress",
/// moves a lead there on the kanban, and the task is on the lead's Tasks tab with the automation line on its timeline.
/// </summary>
public sealed class TaskTemplateJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_template_attached_to_in_progress_makes_its_task_when_a_lead_is_dragged_there_on_the_kanban()
    {
        var ids = await factory.SeedLeadsAsync(
            ("Automatyzacja: żurawie dla budowy w Łodzi", "Budimex-Łódź Spółka z ograniczoną odpowiedzialnością", 125000m, "LeadStatuses.New"),
            ("Automatyzacja: serwis dźwigów", "Dźwigi Kaunas UAB", 3200m, "LeadStatuses.InProgress"));
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await page.GetByRole(AriaRole.Button, new() { Name = "Admin" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true })).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Task templates" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Task templates" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New task template" }).ClickAsync();
        var form = page.GetByTestId("task-template-form");
        await form.Locator("#Name").FillAsync("Pierwszy telefon po rozmowie");
        await form.GetByLabel("Task title").FillAsync("Zadzwoń i umów spotkanie w sprawie żurawia");
        await form.GetByLabel("Task text").FillAsync("Zapytaj o termin dostawy i budżet.");
        await form.GetByLabel("Days").FillAsync("1");
        await form.GetByLabel("Hours").FillAsync("4");
        await form.GetByLabel("Priority").SelectOptionAsync("High");
        await form.GetByLabel("In progress").CheckAsync();
        await Screenshots.SaveAsync(page, "task-template-form");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Task template created.");
        var row = page.Locator("tr[data-task-template='Pierwszy telefon po rozmowie']");
        await Expect(row).ToContainTextAsync("In progress");
        await Screenshots.SaveAsync(page, "task-templates");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GotoAsync("/Admin/LeadStatuses");
        await Expect(page.Locator("tr[data-lead-status='In progress']")).ToContainTextAsync("Pierwszy telefon po rozmowie");
        await Screenshots.SaveAsync(page, "lead-statuses-with-templates");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GotoAsync("/Leads/Kanban?Search=automatyzacja");
        var newColumn = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "New", Exact = true }) });
        var inProgress = page.Locator("section[data-board-column]", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "In progress", Exact = true }) });
        var saved = page.WaitForResponseAsync(r => r.Url.EndsWith("/Leads/Kanban/Move", StringComparison.Ordinal));
        await newColumn.Locator("[data-lead-id]", new() { HasText = "żurawie" }).DragToAsync(inProgress.Locator("[data-lead-id]").First);
        Assert.Equal(204, (await saved).Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lead moved.");

        await page.GotoAsync($"/Leads/{ids[0]}?tab=tasks");
        var tab = page.GetByTestId("tab-tasks");
        await Expect(tab.GetByTestId("task-title")).ToHaveTextAsync("Zadzwoń i umów spotkanie w sprawie żurawia");
        await Screenshots.SaveAsync(page, "task-template-fired-tasks");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByTestId("lead-tabs").GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Task template “Pierwszy telefon po rozmowie” created the task “Zadzwoń i umów spotkanie w sprawie żurawia”");
        await Screenshots.SaveAsync(page, "task-template-fired-timeline");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }
}
