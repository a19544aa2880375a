using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadCard;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.TaskTemplates;

/// <summary>Admin > Task templates over HTTP: admins only, validation on the form, and a status change that fires a template shows on the timeline.</summary>
public sealed class TaskTemplatePagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/TaskTemplates";

    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[] { ("GET", ""), ("GET", "/New"), ("POST", "/New"), ("GET", "/{0}/Edit"), ("POST", "/{0}/Edit"), ("POST", "/{0}/Delete"), ("POST", "/{0}/Restore") })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_task_template_action(string role, string method, string path)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"tt-denied-{tag}@test.local";
        await factory.CreateUserAsync(email, role);
        var id = await CreateTemplateAsync("Denied " + tag, archived: path.EndsWith("Restore", StringComparison.Ordinal));
        var client = await factory.SignedInClientAsync(email);
        var url = Page + string.Format(CultureInfo.InvariantCulture, path, id);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"), ("Name", "Taken " + tag), ("Title", "x"), ("DueInDays", "1"));

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        var template = await factory.WithDbAsync(db => db.TaskTemplates.Where(t => t.Id == id).Select(t => new { t.Name, t.IsArchived }).SingleAsync());
        Assert.Equal(("Denied " + tag, path.EndsWith("Restore", StringComparison.Ordinal)), (template.Name, template.IsArchived));
        Assert.False(await factory.WithDbAsync(db => db.TaskTemplates.AnyAsync(t => t.Name == "Taken " + tag)));
    }

    [Fact]
    public async Task An_admin_creates_a_template_from_the_admin_menu_attached_to_statuses_and_sees_it_listed_with_them()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var name = "Pierwszy telefon " + Guid.NewGuid().ToString("N")[..6];
        var list = await admin.GetDocumentAsync(Page);
        Assert.NotNull(list.QuerySelector($"a.dropdown-item[href='{Page}']"));
        var form = await admin.GetDocumentAsync(Page + "/New");
        var statuses = form.QuerySelectorAll("input[name=LeadStatusIds]").ToDictionary(i => form.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim(), i => i.GetAttribute("value")!);

        using var response = await admin.SubmitAsync(form, $"form[action='{Page}/New']",
            new Dictionary<string, string?> { ["Name"] = name, ["Title"] = "Zadzwoń", ["DueInDays"] = "2", ["DueInHours"] = "3", ["Priority"] = "High" },
            [new("LeadStatusIds", statuses["Not contacted"]), new("LeadStatusIds", statuses["In progress"])]);

        Assert.Equal(Page, response.RedirectPath());
        var after = await admin.GetDocumentAsync(Page);
        var row = after.QuerySelector($"tr[data-task-template='{name}']")!;
        Assert.Contains("Zadzwoń", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not contacted", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("In progress", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 d 3 h", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Task template created.", after.QuerySelector(".alert[role=status]")?.TextContent.Trim());
        var statusPage = await admin.GetDocumentAsync("/Admin/LeadStatuses");
        Assert.Contains(name, statusPage.QuerySelector("tr[data-lead-status='In progress'] [data-testid=status-task-templates]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(name, statusPage.QuerySelector("tr[data-lead-status='New'] [data-testid=status-task-templates]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_fields_come_back_on_the_form_with_localized_messages_and_nothing_is_saved()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var form = await admin.GetDocumentAsync(Page + "/New");

        using var response = await admin.SubmitAsync(form, $"form[action='{Page}/New']",
            new Dictionary<string, string?> { ["Name"] = "Zły " + tag, ["Title"] = "", ["DueInHours"] = "30", ["AssigneeRule"] = "SpecificUser", ["AssigneeId"] = "" });
        using var mangled = await admin.SubmitAsync(form, $"form[action='{Page}/New']",
            new Dictionary<string, string?> { ["Name"] = "Zły " + tag, ["Title"] = "x", ["DueInDays"] = "abc" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        var text = page.QuerySelector("[data-testid=task-template-form]")!.TextContent;
        Assert.Contains("Enter 0 to 23 hours.", text, StringComparison.Ordinal);
        Assert.Contains("Choose the user.", text, StringComparison.Ordinal);
        Assert.Equal("Zły " + tag, page.QuerySelector("input[name=Name]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, mangled.StatusCode);
        Assert.Contains("This value is not valid.", (await mangled.ToDocumentAsync()).QuerySelector("[data-testid=task-template-form]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.TaskTemplates.AnyAsync(t => t.Name == "Zły " + tag)));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_saves_nothing()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await CreateTemplateAsync("Token " + tag);

        using var create = await admin.PostWithoutTokenAsync(Page + "/New", ("Name", "No token " + tag), ("Title", "x"));
        using var delete = await admin.PostWithoutTokenAsync($"{Page}/{id}/Delete");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (create.StatusCode, delete.StatusCode));
        Assert.False(await factory.WithDbAsync(db => db.TaskTemplates.AnyAsync(t => t.Name == "No token " + tag)));
        Assert.True(await factory.WithDbAsync(db => db.TaskTemplates.AnyAsync(t => t.Id == id)));
    }

    [Fact]
    public async Task Moving_a_lead_into_an_attached_status_makes_the_task_and_the_timeline_names_the_template()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var status = await factory.WithDbAsync(db => db.LeadStatuses.Where(s => s.ResourceKey == "LeadStatuses.ProposalSent").Select(s => s.Id).SingleAsync());
        await CreateTemplateAsync("Follow-up " + scene.Tag, statusId: status);
        var leaver = await factory.CreateUserAsync($"tt-leaver-{scene.Tag}@test.local", Roles.SalesRep);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == leaver).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false)));
        await CreateTemplateAsync("Specialist " + scene.Tag, statusId: status, specificUserId: leaver);
        var version = await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == scene.LeadId).Select(l => l.Version).SingleAsync());

        using var response = await scene.Owner.PostWithTokenAsync($"/Leads/{scene.LeadId}/Status", await scene.Owner.AntiforgeryTokenAsync(),
            ("statusId", status.ToString(CultureInfo.InvariantCulture)), ("version", version.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tasks = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=tasks");
        Assert.Equal(
            ["Follow-up " + scene.Tag + " task", "Specialist " + scene.Tag + " task"],
            tasks.QuerySelectorAll("[data-testid=tab-tasks] [data-testid=task-title]").Select(t => t.TextContent.Trim()).Order(StringComparer.Ordinal));
        var timeline = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline");
        var lines = timeline.QuerySelectorAll("[data-testid=history-line]").Where(l => l.GetAttribute("data-action") == TaskAutomation.AutomationTaskCreated).Select(l => l.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains($"Task template “Follow-up {scene.Tag}” created the task “Follow-up {scene.Tag} task”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(
            $"Task template “Specialist {scene.Tag}” created the task “Specialist {scene.Tag} task” for the lead's responsible user, because the template's user is deactivated", StringComparison.Ordinal));
    }

    private Task<int> CreateTemplateAsync(string name, bool archived = false, int? statusId = null, string? specificUserId = null) =>
        factory.WithDbAsync(async db =>
        {
            var template = new TaskTemplate { Name = name, Title = name + " task", IsArchived = archived };
            if (specificUserId is not null)
            {
                (template.AssigneeRule, template.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, specificUserId);
            }

            if (statusId is { } id)
            {
                template.Triggers.Add(new TaskTemplateTrigger { LeadStatusId = id });
            }

            db.TaskTemplates.Add(template);
            await db.SaveChangesAsync();
            return template.Id;
        });
}
