using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.MassTasks;

/// <summary>Mass task creation over HTTP: from the lead list's ticked rows and from the contacts' bulk page, on visible records only.</summary>
public sealed class MassTaskPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_rep_creates_a_task_on_two_ticked_leads_and_returns_to_the_list_with_the_count()
    {
        var (rep, email) = await NewRepAsync("leads");
        var first = await factory.AddLeadAsync("Masowe okna", rep);
        var second = await factory.AddLeadAsync("Masowe drzwi", rep);
        var client = await factory.SignedInClientAsync(email);
        var list = await client.GetDocumentAsync("/Leads");
        Assert.NotNull(list.QuerySelector("form#lead-bulk button[data-testid=bulk-task]"));

        using var opened = await client.PostWithTokenAsync("/Leads/Tasks/New", list.AntiforgeryToken("form#lead-bulk"),
            ("bulk.Ids", Id(first)), ("bulk.Ids", Id(second)), ("returnUrl", "/Leads?Search=masowe"));
        var form = await opened.ToDocumentAsync();
        Assert.Contains("2", form.QuerySelector("[data-testid=mass-task-target]")!.TextContent, StringComparison.Ordinal);
        using var created = await client.SubmitAsync(form, "form[data-testid=mass-task-form]", new Dictionary<string, string?>
        {
            ["Title"] = "Oddzwonić masowo", ["DueDate"] = "2026-12-01", ["DueTime"] = "09:30", ["Priority"] = "High",
        });

        Assert.Equal("/Leads?Search=masowe", created.RedirectTarget());
        var back = await client.GetDocumentAsync(created.RedirectTarget());
        Assert.Contains(ResourceFile.English("MassTasks.Created").Replace("{0}", "2", StringComparison.Ordinal), back.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        var tasks = await factory.WithDbAsync(db => db.Tasks.AsNoTracking().Where(t => t.Title == "Oddzwonić masowo").ToListAsync());
        Assert.Equal([first, second], tasks.Select(t => t.RecordId!.Value).Order());
        Assert.All(tasks, t => Assert.Equal((rep, TaskPriority.High, true), (t.AssigneeId, t.Priority, t.DueHasTime)));
    }

    [Fact]
    public async Task All_leads_matching_the_lists_filter_get_a_task_but_not_another_reps_lead_that_matches_it_too()
    {
        var (rep, email) = await NewRepAsync("all");
        var (other, _) = await NewRepAsync("all-other");
        var own = await factory.AddLeadAsync("Wszystkiepasujące jeden", rep);
        var foreign = await factory.AddLeadAsync("Wszystkiepasujące cudzy", other);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Leads");

        using var opened = await client.PostWithTokenAsync("/Leads/Tasks/New", token, ("bulk.AllMatching", "true"), ("Search", "wszystkiepasujące"));
        var form = await opened.ToDocumentAsync();
        using var created = await client.SubmitAsync(form, "form[data-testid=mass-task-form]", new Dictionary<string, string?> { ["Title"] = "Dla pasujących" });
        var back = await client.GetDocumentAsync(created.RedirectTarget());

        Assert.Contains(": 1.", form.QuerySelector("[data-testid=mass-task-target]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Leads", created.RedirectPath());
        Assert.Contains(ResourceFile.English("MassTasks.CreatedOne"), back.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        var tasks = await factory.WithDbAsync(db => db.Tasks.AsNoTracking().Where(t => t.Title == "Dla pasujących").Select(t => t.RecordId).ToListAsync());
        Assert.Equal([own], tasks);
        Assert.DoesNotContain(foreign, tasks);
    }

    [Fact]
    public async Task A_tampered_target_is_refused_with_a_message_and_nothing_is_created()
    {
        var (rep, email) = await NewRepAsync("tampered");
        var lead = await factory.AddLeadAsync("Podrobiony cel", rep);
        var client = await factory.SignedInClientAsync(email);

        using var response = await client.PostWithTokenAsync("/Leads/Tasks", await client.AntiforgeryTokenAsync("/Leads"),
            ("bulk.Ids", Id(lead)), ("bulk.Ids", "x"), ("Title", "Podrobione"), ("assignee", nameof(MassTaskAssignee.Responsible)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ResourceFile.English("Validation.InvalidValue"), (await response.ToDocumentAsync()).SummaryErrors());
        Assert.False(await factory.WithDbAsync(db => db.Tasks.AnyAsync(t => t.Title == "Podrobione")));
    }

    [Fact]
    public async Task A_rep_posting_only_another_reps_lead_gets_no_form_and_no_task()
    {
        var (_, email) = await NewRepAsync("idor");
        var (other, _) = await NewRepAsync("idor-other");
        var foreign = await factory.AddLeadAsync("Cudzy masowy", other);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Leads");

        using var opened = await client.PostWithTokenAsync("/Leads/Tasks/New", token, ("bulk.Ids", Id(foreign)));
        using var created = await client.PostWithTokenAsync("/Leads/Tasks", token,
            ("bulk.Ids", Id(foreign)), ("Title", "Cudze zadanie"), ("assignee", nameof(MassTaskAssignee.Responsible)));

        Assert.Equal("/Leads", opened.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains(ResourceFile.English(LeadMessages.BulkNoneSelected), (await created.ToDocumentAsync()).DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Tasks.AnyAsync(t => t.RecordType == HistoryRecordTypes.Lead && t.RecordId == foreign)));
    }

    [Fact]
    public async Task A_bad_form_shows_localized_messages_on_its_fields_and_creates_nothing()
    {
        var (rep, email) = await NewRepAsync("bad");
        var lead = await factory.AddLeadAsync("Zły masowy", rep);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Leads");

        using var noTitle = await client.PostWithTokenAsync("/Leads/Tasks", token,
            ("bulk.Ids", Id(lead)), ("Title", " "), ("assignee", nameof(MassTaskAssignee.Responsible)));
        using var badDate = await client.PostWithTokenAsync("/Leads/Tasks", token,
            ("bulk.Ids", Id(lead)), ("Title", "Zła data"), ("DueDate", "jutro"), ("assignee", nameof(MassTaskAssignee.Responsible)));
        using var noUser = await client.PostWithTokenAsync("/Leads/Tasks", token,
            ("bulk.Ids", Id(lead)), ("Title", "Bez wykonawcy"), ("assignee", nameof(MassTaskAssignee.ChosenUser)), ("AssigneeId", ""));
        using var badRule = await client.PostWithTokenAsync("/Leads/Tasks", token,
            ("bulk.Ids", Id(lead)), ("Title", "Zła reguła"), ("assignee", "7"));

        var noTitlePage = await noTitle.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, noTitle.StatusCode);
        Assert.Equal(ResourceFile.English("Validation.Required"), noTitlePage.ValidationMessageFor("Title"));
        Assert.Equal(ResourceFile.English("Tasks.DateInvalid"), (await badDate.ToDocumentAsync()).ValidationMessageFor("DueDate"));
        Assert.Equal(ResourceFile.English(TaskMessages.AssigneeInactive), (await noUser.ToDocumentAsync()).ValidationMessageFor("AssigneeId"));
        Assert.Equal(ResourceFile.English("Validation.InvalidValue"), (await badRule.ToDocumentAsync()).ValidationMessageFor("AssigneeId"));
        Assert.False(await factory.WithDbAsync(db => db.Tasks.AnyAsync(t => t.RecordType == HistoryRecordTypes.Lead && t.RecordId == lead)));
    }

    [Fact]
    public async Task The_contacts_in_the_basket_get_a_task_each_for_a_chosen_user_from_the_bulk_page()
    {
        var (rep, email) = await NewRepAsync("basket");
        var (colleague, _) = await NewRepAsync("basket-colleague");
        var first = await ContactBuilder.Person("Ala", "Koszykowozadaniowa").OwnedBy(rep).SaveAsync(factory);
        var second = await ContactBuilder.Person("Ola", "Koszykowozadaniowa").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");
        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", Id(first)), ("ids", Id(second)), ("selected", "true")))
        {
        }

        var bulk = await client.GetDocumentAsync("/Bulk?Selected=true");
        var formUrl = bulk.QuerySelector("a[data-testid=bulk-task]")!.GetAttribute("href")!;
        var form = await client.GetDocumentAsync(formUrl);
        using var created = await client.SubmitAsync(form, "form[data-testid=mass-task-form]", new Dictionary<string, string?>
        {
            ["Title"] = "Kontakt koszykowy", ["assignee"] = nameof(MassTaskAssignee.ChosenUser), ["AssigneeId"] = colleague,
        });

        Assert.Equal("/Bulk/Tasks?Selected=true", formUrl);
        Assert.Contains("2", form.QuerySelector("[data-testid=mass-task-target]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Contacts?Selected=true", created.RedirectTarget());
        var tasks = await factory.WithDbAsync(db => db.Tasks.AsNoTracking().Where(t => t.Title == "Kontakt koszykowy").ToListAsync());
        Assert.Equal([first, second], tasks.Select(t => t.RecordId!.Value).Order());
        Assert.All(tasks, t => Assert.Equal((HistoryRecordTypes.Contact, colleague), (t.RecordType, t.AssigneeId)));
    }

    [Fact]
    public async Task Fill_in_starts_the_leads_form_from_a_task_template_and_keeps_the_ticked_leads()
    {
        var (rep, email) = await NewRepAsync("template");
        var (colleague, _) = await NewRepAsync("template-colleague");
        var lead = await factory.AddLeadAsync("Szablonowy lead", rep);
        var template = await AddTemplateAsync("Mass start " + Guid.NewGuid().ToString("N")[..6], t =>
        {
            t.Title = "Wysłać katalog z szablonu";
            t.Priority = TaskPriority.High;
            t.AssigneeRule = TaskTemplateAssigneeRule.SpecificUser;
            t.AssigneeId = colleague;
        });
        var client = await factory.SignedInClientAsync(email);
        var list = await client.GetDocumentAsync("/Leads");
        using var opened = await client.PostWithTokenAsync("/Leads/Tasks/New", list.AntiforgeryToken("form#lead-bulk"), ("bulk.Ids", Id(lead)));
        var empty = await opened.ToDocumentAsync();

        using var filled = await client.SubmitAsync(empty, "form[data-testid=mass-task-template]", new Dictionary<string, string?> { ["template"] = Id(template) });
        var form = await filled.ToDocumentAsync();

        Assert.Equal("post", empty.QuerySelector("form[data-testid=mass-task-template]")!.GetAttribute("method"));
        Assert.Equal("Wysłać katalog z szablonu", form.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal(nameof(TaskPriority.High), form.QuerySelector("select[name=Priority] option[selected]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=assignee][value=ChosenUser][checked]"));
        Assert.Equal(colleague, form.QuerySelector("select[name=AssigneeId] option[selected]")!.GetAttribute("value"));
        Assert.Equal(Id(template), form.QuerySelector("select[name=template] option[selected]")!.GetAttribute("value"));
        Assert.Equal(Id(lead), form.QuerySelector("input[name='bulk.Ids']")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Tasks.AnyAsync(t => t.Title == "Wysłać katalog z szablonu")));
    }

    [Fact]
    public async Task An_archived_template_on_the_contacts_form_is_a_message_on_an_empty_form()
    {
        var (_, email) = await NewRepAsync("template-archived");
        var template = await AddTemplateAsync("Mass archived " + Guid.NewGuid().ToString("N")[..6], t => t.IsArchived = true);
        var offered = await AddTemplateAsync("Mass offered " + Guid.NewGuid().ToString("N")[..6], _ => { });
        var client = await factory.SignedInClientAsync(email);

        var form = await client.GetDocumentAsync($"/Bulk/Tasks?Selected=true&template={Id(template)}");
        var picker = form.QuerySelector("form[data-testid=mass-task-template]")!;

        // The contacts' picker reloads by GET: it carries the query, never the antiforgery token into a URL.
        Assert.Equal(("get", "/Bulk/Tasks"), (picker.GetAttribute("method"), picker.GetAttribute("action")));
        Assert.Null(picker.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("true", picker.QuerySelector("input[name=Selected]")?.GetAttribute("value"));
        Assert.Contains(ResourceFile.English("TaskTemplates.Gone"), form.SummaryErrors());
        Assert.Equal(string.Empty, form.QuerySelector("input[name=Title]")!.GetAttribute("value") ?? string.Empty);
        Assert.Contains(picker.QuerySelectorAll("select[name=template] option"), o => o.GetAttribute("value") == Id(offered));
        Assert.DoesNotContain(picker.QuerySelectorAll("select[name=template] option"), o => o.GetAttribute("value") == Id(template));
    }

    private Task<int> AddTemplateAsync(string name, Action<TaskTemplate> more) =>
        factory.WithDbAsync(async db =>
        {
            var template = new TaskTemplate { Name = name, Title = name, DueInDays = 2 };
            more(template);
            db.TaskTemplates.Add(template);
            await db.SaveChangesAsync();
            return template.Id;
        });

    private async Task<(string Id, string Email)> NewRepAsync(string name)
    {
        var email = $"mass-{name}-{Guid.NewGuid():N}@test.local";
        return (await factory.CreateUserAsync(email, Roles.SalesRep), email);
    }
}
