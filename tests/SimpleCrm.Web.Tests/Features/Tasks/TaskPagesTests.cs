using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Tasks;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadCard;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Tasks;

/// <summary>Tasks over HTTP: created from the lead card, listed on /Tasks, completed in one click, counted in the navigation bar.</summary>
public sealed class TaskPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_task_added_on_the_lead_cards_tab_shows_there_on_my_tasks_under_today_and_on_the_timeline()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var card = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=tasks");
        var form = card.QuerySelector("[data-testid=tab-tasks] form[data-testid=task-quick-add]")!;
        var fields = HtmlForms.FieldsOf(form).Where(f => f.Key is not ("Title" or "DueDate")).ToList();
        fields.Add(new("Title", "Zadzwonić " + scene.Tag));
        fields.Add(new("DueDate", Today()));

        using var response = await scene.Owner.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Leads/{scene.LeadId}?tab=tasks", response.RedirectTarget());
        var tab = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=tasks");
        Assert.Equal("Zadzwonić " + scene.Tag, tab.QuerySelector("[data-testid=tab-tasks] [data-testid=task-title]")?.TextContent.Trim());
        var mine = await scene.Owner.GetDocumentAsync("/Tasks");
        Assert.Contains("Zadzwonić " + scene.Tag, mine.QuerySelector("[data-testid=section-Today]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Karta " + scene.Tag, mine.QuerySelector("[data-testid=section-Today] [data-testid=task-record]")!.TextContent, StringComparison.Ordinal);
        var timeline = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline");
        Assert.Contains(timeline.QuerySelectorAll("[data-testid=history-line]"), l => l.TextContent.Contains("Task created: Zadzwonić " + scene.Tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_navigation_bar_counts_my_overdue_tasks_and_completing_one_takes_it_off()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();
        using (await scene.Owner.PostWithTokenAsync($"/Tasks/New?recordType=Lead&recordId={scene.LeadId}", token, ("Title", "Spóźnione " + scene.Tag), ("DueDate", Today(-2))))
        using (await scene.Owner.PostWithTokenAsync("/Tasks/New", token, ("Title", "Na jutro " + scene.Tag), ("DueDate", Today(1))))
        {
        }

        var before = await scene.Owner.GetDocumentAsync("/Contacts");
        var id = await factory.WithDbAsync(db => db.Tasks.Where(t => t.Title == "Spóźnione " + scene.Tag).Select(t => t.Id).SingleAsync());
        using var complete = await scene.Owner.PostWithTokenAsync($"/Tasks/{id}/Complete", token, ("returnUrl", "/Tasks"));
        var after = await scene.Owner.GetDocumentAsync("/Tasks");

        Assert.Equal("1", before.QuerySelector("[data-testid=overdue-count]")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        Assert.Equal("/Tasks", complete.RedirectTarget());
        Assert.Null(after.QuerySelector("[data-testid=overdue-count]"));
        Assert.Contains("Spóźnione " + scene.Tag, after.QuerySelector("[data-testid=section-Done]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CrmTaskStatus.Done, await factory.WithDbAsync(db => db.Tasks.Where(t => t.Id == id).Select(t => t.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("", "2026-11-25", "Title", "Required")]
    [InlineData("Zadanie", "2026-13-45", "DueDate", "Tasks.DateInvalid")]
    [InlineData("Zadanie", "", "DueDate", "Tasks.TimeWithoutDate")]
    public async Task A_bad_task_re_renders_the_form_with_a_localized_message_and_saves_nothing(string title, string dueDate, string field, string key)
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();

        using var response = await scene.Owner.PostWithTokenAsync("/Tasks/New", token, ("Title", title), ("DueDate", dueDate), ("DueTime", "10:00"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        var expected = key == "Required" ? ResourceFile.English("Validation.Required") : ResourceFile.English(key);
        Assert.Equal(expected, page.ValidationMessageFor(field));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Tasks.CountAsync(t => t.CreatedById == scene.OwnerId)));
    }

    [Theory]
    [InlineData("/Tasks/{task}/Edit")]
    [InlineData("/Tasks/New?recordType=Lead&recordId={lead}")]
    [InlineData("/Tasks/New?recordType=Deal&recordId={lead}")]
    public async Task Another_sales_rep_gets_not_found_for_the_task_and_the_leads_task_form(string urlFormat)
    {
        var scene = await ArrangeAsync();

        using var response = await scene.Stranger.GetAsync(new Uri(scene.Url(urlFormat), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Tajne", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Tasks/New?recordType=Lead&recordId={lead}")]
    [InlineData("/Tasks/{task}/Edit")]
    [InlineData("/Tasks/{task}/Complete")]
    [InlineData("/Tasks/{task}/Reopen")]
    [InlineData("/Tasks/{done}/Reopen")]
    public async Task Another_sales_rep_changes_nothing_with_a_valid_token(string urlFormat)
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene);
        var token = await scene.Stranger.AntiforgeryTokenAsync();

        using var response = await scene.Stranger.PostWithTokenAsync(scene.Url(urlFormat), token, ("Title", "Przejęte"), ("Priority", "High"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Theory]
    [InlineData("/Tasks/New")]
    [InlineData("/Tasks/{task}/Edit")]
    [InlineData("/Tasks/{task}/Complete")]
    [InlineData("/Tasks/{done}/Reopen")]
    public async Task The_owner_posting_without_a_token_is_refused_and_nothing_changes(string urlFormat)
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene);

        using var response = await scene.Owner.PostWithoutTokenAsync(scene.Url(urlFormat), ("Title", "Bez tokenu"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Fact]
    public async Task A_manager_sees_a_reps_task_when_filtering_by_everyone_but_not_in_their_own_tasks()
    {
        var scene = await ArrangeAsync();
        var email = $"task-manager-{scene.Tag}@test.local";
        await factory.CreateUserAsync(email, SimpleCrm.Application.Users.Roles.Manager);
        var manager = await factory.SignedInClientAsync(email);

        var own = await manager.GetDocumentAsync("/Tasks");
        var everyone = await manager.GetDocumentAsync("/Tasks?Assignee=all&Section=Later");

        Assert.DoesNotContain("Tajne " + scene.Tag, own.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tajne " + scene.Tag, everyone.Body!.TextContent, StringComparison.Ordinal);
    }

    private static string Today(int days = 0) => DateTime.Now.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Scene> ArrangeAsync()
    {
        var owner = await LeadCardScene.ArrangeAsync(factory);
        var token = await owner.Owner.AntiforgeryTokenAsync();
        using (await owner.Owner.PostWithTokenAsync($"/Tasks/New?recordType=Lead&recordId={owner.LeadId}", token, ("Title", "Tajne " + owner.Tag)))
        using (await owner.Owner.PostWithTokenAsync($"/Tasks/New?recordType=Lead&recordId={owner.LeadId}", token, ("Title", "Tajne zrobione " + owner.Tag)))
        {
        }

        var ids = await factory.WithDbAsync(async db => (
            Task: await db.Tasks.Where(t => t.Title == "Tajne " + owner.Tag).Select(t => t.Id).SingleAsync(),
            Done: await db.Tasks.Where(t => t.Title == "Tajne zrobione " + owner.Tag).Select(t => t.Id).SingleAsync()));
        using (await owner.Owner.PostWithTokenAsync($"/Tasks/{ids.Done}/Complete", token))
        {
        }

        return new Scene(owner.Owner, await LeadCardScene.StrangerAsync(factory), owner.LeadId, ids.Task, ids.Done, owner.Tag);
    }

    private Task<string> SnapshotAsync(Scene scene) => factory.WithDbAsync(async db => string.Join(",",
        await db.Tasks.Where(t => t.CreatedById != null && (t.RecordId == scene.LeadId || t.Title == "Przejęte" || t.Title == "Bez tokenu"))
            .OrderBy(t => t.Id).Select(t => t.Id + t.Title + t.Status + t.Priority + t.AssigneeId).ToListAsync()));

    private sealed record Scene(HttpClient Owner, HttpClient Stranger, int LeadId, int TaskId, int DoneId, string Tag)
    {
        public string Url(string format) => format
            .Replace("{lead}", LeadId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{task}", TaskId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{done}", DoneId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
