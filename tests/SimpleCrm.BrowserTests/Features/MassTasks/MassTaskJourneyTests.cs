using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.MassTasks;

/// <summary>
/// In a real browser: a rep ticks three leads and gives each the same task, then finds them in My
/// tasks; an admin writes an email template and a user composes from it on a lead.
/// </summary>
public sealed class MassTaskJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    private const string Title = "Zadzwonić po targach w Poznaniu — potwierdzić wycenę";

    [Fact]
    public async Task A_rep_ticks_three_leads_creates_a_task_on_each_and_finds_the_three_tasks_in_my_tasks()
    {
        var email = $"mass-rep-{Guid.NewGuid():N}@test.local";
        var rep = await factory.CreateUserAsync(email, Roles.SalesRep, "Małgorzata Wiśniewska");
        foreach (var name in new[] { "Targowy Dźwig Poznań", "Targowy Żuraw Gniezno", "Targowy Kran Leszno", "Targowy Podnośnik Piła" })
        {
            await AddLeadAsync(name, rep);
        }

        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(email, CrmWebFactory.Password);
        await page.GotoAsync("/Leads?Search=targowy");
        await Expect(page.Locator("[data-select-row]")).ToHaveCountAsync(4);
        foreach (var name in new[] { "Targowy Dźwig Poznań", "Targowy Żuraw Gniezno", "Targowy Kran Leszno" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select " + name, Exact = true }).CheckAsync();
        }

        await Expect(page.Locator("[data-bulk-count]")).ToContainTextAsync("3");

        await page.GetByTestId("bulk-task").ClickAsync();
        await Expect(page.GetByTestId("mass-task-target")).ToContainTextAsync(": 3.");
        var form = page.GetByTestId("mass-task-form");
        await form.GetByLabel("Title").FillAsync(Title);
        await form.GetByLabel("Due date").FillAsync(DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByLabel("Time").FillAsync("23:59");
        await form.GetByLabel("Priority").SelectOptionAsync("High");
        await Expect(form.GetByLabel("Each record's responsible user")).ToBeCheckedAsync();
        await form.Locator("#AssigneeId").SelectOptionAsync(new SelectOptionValue { Label = "Administrator" });
        await Expect(form.Locator("#assignee-chosen")).ToBeCheckedAsync();
        await form.GetByLabel("Each record's responsible user").CheckAsync();
        await Screenshots.SaveAsync(page, "mass-task-form");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await form.GetByRole(AriaRole.Button, new() { Name = "Create tasks" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Created 3 tasks.");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Leads\\?.*Search=targowy"));
        await Screenshots.SaveAsync(page, "mass-task-done");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GetByTestId("nav-tasks").ClickAsync();
        var today = page.GetByTestId("section-Today");
        await Expect(today.GetByTestId("task").Filter(new() { HasText = Title })).ToHaveCountAsync(3);
        await Expect(today).ToContainTextAsync("Targowy Dźwig Poznań");
        await Expect(today).Not.ToContainTextAsync("Targowy Podnośnik Piła");
        await Screenshots.SaveAsync(page, "mass-task-my-tasks");
    }

    [Fact]
    public async Task A_rep_gives_every_contact_in_the_basket_a_task_for_a_colleague_from_the_bulk_page()
    {
        var email = $"mass-basket-{Guid.NewGuid():N}@test.local";
        await factory.CreateUserAsync(email, Roles.SalesRep, "Jonas Kazlauskas");
        await factory.CreateUserAsync($"mass-colleague-{Guid.NewGuid():N}@test.local", Roles.SalesRep, "Zuzana Horváthová");
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(email, CrmWebFactory.Password);
        foreach (var (first, last) in new[] { ("Agnė", "Koszykowa"), ("Šárka", "Koszykowa") })
        {
            await page.GotoAsync("/Contacts/New?kind=Person");
            await page.Locator("#Input_FirstName").FillAsync(first);
            await page.Locator("#Input_LastName").FillAsync(last);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Contacts/New"));
        }

        var template = "Dzień otwarty " + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(db =>
        {
            db.TaskTemplates.Add(new TaskTemplate { Name = template, Title = "Zaprosić na dzień otwarty", DueInDays = 3, Priority = TaskPriority.High });
            return db.SaveChangesAsync();
        });

        await page.GotoAsync("/Bulk?Search=koszykowa");
        await page.GetByTestId("bulk-task").ClickAsync();
        await Expect(page.GetByTestId("mass-task-target")).ToContainTextAsync(": 2.");
        // The task starts from a template: "Fill in" reloads the form with it, for the same two contacts.
        await page.GetByLabel("Start from a task template").SelectOptionAsync(new SelectOptionValue { Label = template });
        await page.GetByTestId("mass-task-use-template").ClickAsync();
        await Expect(page.GetByTestId("mass-task-target")).ToContainTextAsync(": 2.");
        var form = page.GetByTestId("mass-task-form");
        await Expect(form.GetByLabel("Title")).ToHaveValueAsync("Zaprosić na dzień otwarty");
        await Expect(form.GetByLabel("Priority")).ToHaveValueAsync("High");
        await Expect(form.GetByLabel("Due date")).ToHaveValueAsync(DateTime.Now.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.Locator("#AssigneeId").SelectOptionAsync(new SelectOptionValue { Label = "Zuzana Horváthová" });
        await Expect(form.Locator("#assignee-chosen")).ToBeCheckedAsync();
        await Screenshots.SaveAsync(page, "mass-task-contacts-form");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await form.GetByRole(AriaRole.Button, new() { Name = "Create tasks" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Created 2 tasks.");
        var assignees = await factory.WithDbAsync(db => db.Tasks.Where(t => t.Title == "Zaprosić na dzień otwarty")
            .Select(t => db.Users.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).Single()).ToListAsync());
        Assert.Equal(["Zuzana Horváthová", "Zuzana Horváthová"], assignees);
    }

    [Fact]
    public async Task An_admin_writes_an_email_template_and_choosing_it_on_the_compose_page_fills_the_subject_with_the_leads_values()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        var templateName = "Po targach " + Guid.NewGuid().ToString("N")[..6];
        await page.GotoAsync("/Admin/EmailTemplates/New");
        var form = page.GetByTestId("email-template-form");
        await form.GetByLabel("Name").FillAsync(templateName);
        await form.GetByLabel("Subject").FillAsync("Oferta dla {Company} — {Imię}");
        await form.GetByLabel("Text").FillAsync("Dzień dobry {FirstName} {LastName},\n\ndziękujemy za rozmowę.\n\n{Owner}");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(form).ToContainTextAsync("Unknown placeholder: {Imię}");
        await Screenshots.SaveAsync(page, "email-template-form");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await form.GetByLabel("Subject").FillAsync("Oferta dla {Company}");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Template created.");
        await Expect(page.GetByTestId("email-templates")).ToContainTextAsync(templateName);
        await Screenshots.SaveAsync(page, "email-templates");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        var lead = await AddLeadAsync("Żurawie Kowalski", null, l => (l.FirstName, l.LastName, l.CompanyName, l.Email) = ("Jūratė", "Šimkutė", "Statyba Łódź", "jurate@statyba.example"));
        await page.GotoAsync($"/Emails/Lead/{lead}/New");
        await page.GetByLabel("Template").SelectOptionAsync(new SelectOptionValue { Label = templateName });
        await Expect(page.GetByLabel("Subject")).ToHaveValueAsync("Oferta dla Statyba Łódź");
        await Expect(page.GetByLabel("Text")).ToHaveValueAsync("Dzień dobry Jūratė Šimkutė,\n\ndziękujemy za rozmowę.\n\nAdministrator");
        await Expect(page.GetByLabel("To")).ToHaveValueAsync("jurate@statyba.example");
        await Screenshots.SaveAsync(page, "email-compose-template");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    private Task<int> AddLeadAsync(string name, string? responsibleId, Action<Lead>? more = null) =>
        factory.WithDbAsync(async db =>
        {
            var lead = new Lead
            {
                Name = name, StatusId = await db.LeadStatuses.Select(s => s.Id).FirstAsync(),
                SourceId = await db.LeadSources.Select(s => s.Id).FirstAsync(),
                ResponsibleUserId = responsibleId ?? await db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync(),
            };
            more?.Invoke(lead);
            lead.RefreshDerivedFields();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return lead.Id;
        });
}
