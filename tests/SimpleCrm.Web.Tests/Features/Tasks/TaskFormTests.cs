using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Tasks;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Tasks;

/// <summary>The contact profile's Tasks card and the task form as a browser submits them (the form's own token and values).</summary>
public sealed class TaskFormTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_task_quick_added_on_a_contact_profile_shows_on_its_tasks_card_and_in_its_history()
    {
        var id = await ContactBuilder.Person("Ona", "Užduotis").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var profile = await admin.GetDocumentAsync($"/Contacts/{id}");

        using var added = await admin.SubmitAsync(profile, "[data-testid=record-tasks] form[data-testid=task-quick-add]", new Dictionary<string, string?> { ["Title"] = "Oddzwonić do Ony" });

        Assert.Equal($"/Contacts/{id}", added.RedirectTarget());
        var after = await admin.GetDocumentAsync($"/Contacts/{id}");
        Assert.Equal(["Oddzwonić do Ony"], after.QuerySelectorAll("[data-testid=record-tasks] [data-testid=task-title]").Select(a => a.TextContent.Trim()));
        var history = await admin.GetDocumentAsync($"/Contacts/{id}/History");
        Assert.Contains(history.QuerySelectorAll("[data-testid=history] li"), li => li.TextContent.Contains("Task created: Oddzwonić do Ony", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_edit_form_starts_with_the_tasks_values_and_saves_what_was_changed()
    {
        var id = await ContactBuilder.Person("Jan", "Edytowany").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync();
        using (await admin.PostWithTokenAsync($"/Tasks/New?recordType=Contact&recordId={id}", token, ("Title", "Przed zmianą"), ("DueDate", "2030-05-06"), ("DueTime", "14:30"), ("Priority", "Low")))
        {
        }

        var taskId = await factory.WithDbAsync(db => db.Tasks.Where(t => t.RecordId == id && t.RecordType == "Contact").Select(t => t.Id).SingleAsync());
        var form = await admin.GetDocumentAsync($"/Tasks/{taskId}/Edit");

        Assert.Equal("Przed zmianą", form.QuerySelector("#Title")?.GetAttribute("value"));
        Assert.Equal("2030-05-06", form.QuerySelector("#DueDate")?.GetAttribute("value"));
        Assert.Equal("14:30", form.QuerySelector("#DueTime")?.GetAttribute("value"));
        Assert.Equal("Low", form.QuerySelector("#Priority option[selected]")?.GetAttribute("value"));

        using var saved = await admin.SubmitAsync(form, "form[data-testid=task-form]", new Dictionary<string, string?> { ["Title"] = "Po zmianie", ["Priority"] = "High", ["DueTime"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Contacts/{id}", saved.RedirectTarget());
        var task = await factory.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Id == taskId));
        Assert.Equal("Po zmianie", task.Title);
        Assert.Equal(TaskPriority.High, task.Priority);
        Assert.False(task.DueHasTime);
    }

    [Fact]
    public async Task Posting_a_priority_that_is_not_on_the_list_re_renders_the_form_with_its_message()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync("/Tasks/New");

        using var response = await admin.SubmitAsync(form, "form[data-testid=task-form]", new Dictionary<string, string?> { ["Title"] = "Dziwny priorytet", ["Priority"] = "7" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English("Tasks.PriorityInvalid"), (await response.ToDocumentAsync()).ValidationMessageFor("Priority"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Tasks.CountAsync(t => t.Title == "Dziwny priorytet")));
    }

    [Theory]
    [InlineData("/Tasks?Section=99&Page=-3")]
    [InlineData("/Tasks?Section=Later&Page=999&Sort=Nonsense&Record=7&Priority=9")]
    [InlineData("/Tasks?Assignee=no-such-user")]
    public async Task A_mangled_list_address_still_shows_the_list_without_raw_keys(string url)
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.NotNull(page.QuerySelector("[data-testid=task-filters]"));
        Assert.DoesNotContain("Tasks.", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
