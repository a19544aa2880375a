using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Reminders;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadCard;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Reminders;

/// <summary>Reminders over HTTP: set on the lead card's tab, rung by the job, counted under the bell, opened (read) on the way to the lead; who may do what.</summary>
public sealed class ReminderPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_reminder_set_on_the_lead_card_rings_under_the_bell_and_opening_it_goes_to_the_lead_and_clears_the_count()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var card = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=reminders");
        var form = card.QuerySelector("[data-testid=tab-reminders] form[data-testid=reminder-add]")!;
        Assert.Null(form.QuerySelector("select[name=UserId]"));
        var fields = HtmlForms.FieldsOf(form).Where(f => f.Key is not ("Text" or "DueAt")).ToList();
        fields.Add(new("Text", "Oddzwonić " + scene.Tag));
        fields.Add(new("DueAt", Local(-1)));

        using var added = await scene.Owner.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/Leads/{scene.LeadId}?tab=reminders", added.RedirectTarget());
        var tab = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=reminders");
        Assert.Equal("Oddzwonić " + scene.Tag, tab.QuerySelector("[data-testid=tab-reminders] [data-testid=reminder-text]")?.TextContent.Trim());
        Assert.Null(tab.QuerySelector("[data-testid=unread-reminders]"));
        var timeline = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline");
        Assert.Contains(timeline.QuerySelectorAll("[data-testid=history-line]"), l => l.TextContent.Contains("Reminder set: Oddzwonić " + scene.Tag, StringComparison.Ordinal));

        await DeliverAsync();

        var rung = await scene.Owner.GetDocumentAsync("/Contacts");
        Assert.Equal("1", rung.QuerySelector("[data-testid=unread-reminders]")?.TextContent.Trim());
        Assert.StartsWith("1 ", rung.QuerySelector("[data-testid=unread-reminders-phone]")?.TextContent.Trim(), StringComparison.Ordinal);
        var list = await scene.Owner.GetDocumentAsync("/Reminders");
        var row = list.QuerySelector("[data-testid=reminders-rung] [data-testid=reminder]")!;
        Assert.Contains("Oddzwonić " + scene.Tag, row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector("[data-testid=reminder-unread]"));

        using var opened = await scene.Owner.SubmitAsync(list, "[data-testid=reminders-rung] [data-testid=reminder] form", new Dictionary<string, string?>());

        Assert.Equal($"/Leads/{scene.LeadId}?tab=reminders", opened.RedirectTarget());
        var after = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=reminders");
        Assert.Null(after.QuerySelector("[data-testid=unread-reminders]"));
        Assert.NotNull(await factory.WithDbAsync(db => db.Reminders.Where(r => r.Text == "Oddzwonić " + scene.Tag).Select(r => r.ReadAt).SingleAsync()));
    }

    [Theory]
    [InlineData("", "2030-05-06T10:00", "Text", "Validation.Required")]
    [InlineData("Termin", "2030-13-45T10:00", "DueAt", "Reminders.DueInvalid")]
    [InlineData("Termin", "", "DueAt", "Validation.Required")]
    public async Task A_bad_reminder_re_renders_the_form_with_a_localized_message_and_saves_nothing(string text, string dueAt, string field, string key)
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();

        using var response = await scene.Owner.PostWithTokenAsync($"/Reminders/New?recordType=Lead&recordId={scene.LeadId}", token, ("Text", text), ("DueAt", dueAt));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English(key), (await response.ToDocumentAsync()).ValidationMessageFor(field));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Reminders.CountAsync(r => r.CreatedById == scene.OwnerId)));
    }

    [Fact]
    public async Task A_rep_posting_another_users_id_gets_the_message_and_no_reminder_while_an_admin_may_pick_the_rep()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        var token = await scene.Owner.AntiforgeryTokenAsync();

        using var refused = await scene.Owner.PostWithTokenAsync($"/Reminders/New?recordType=Lead&recordId={scene.LeadId}", token, ("Text", "Dla admina"), ("DueAt", Local(60)), ("UserId", adminId));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(ResourceFile.English("Reminders.OnlyForYourself"), (await refused.ToDocumentAsync()).ValidationMessageFor("UserId"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Reminders.CountAsync(r => r.Text == "Dla admina")));

        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync($"/Reminders/New?recordType=Lead&recordId={scene.LeadId}");
        Assert.Contains(form.QuerySelectorAll("select[name=UserId] option"), o => o.GetAttribute("value") == scene.OwnerId);
        using var set = await admin.SubmitAsync(form, "form[data-testid=reminder-form]", new Dictionary<string, string?> { ["Text"] = "Od admina " + scene.Tag, ["UserId"] = scene.OwnerId });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(scene.OwnerId, await factory.WithDbAsync(db => db.Reminders.Where(r => r.Text == "Od admina " + scene.Tag).Select(r => r.UserId).SingleAsync()));
    }

    [Theory]
    [InlineData("/Reminders/New?recordType=Lead&recordId={lead}")]
    [InlineData("/Reminders/New?recordType=Task&recordId={task}")]
    [InlineData("/Reminders/New?recordType=Deal&recordId={lead}")]
    public async Task Another_sales_rep_gets_not_found_for_the_reminder_form_of_what_they_cannot_see(string urlFormat)
    {
        var scene = await ArrangeAsync();

        using var response = await scene.Stranger.GetAsync(new Uri(scene.Url(urlFormat), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/Reminders/New?recordType=Lead&recordId={lead}")]
    [InlineData("/Reminders/New?recordType=Task&recordId={task}")]
    [InlineData("/Reminders/{pending}/Cancel")]
    [InlineData("/Reminders/{rung}/Open")]
    public async Task Another_sales_rep_changes_nothing_with_a_valid_token(string urlFormat)
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene);
        var token = await scene.Stranger.AntiforgeryTokenAsync();

        using var response = await scene.Stranger.PostWithTokenAsync(scene.Url(urlFormat), token, ("Text", "Przejęte"), ("DueAt", Local(5)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Theory]
    [InlineData("/Reminders/New?recordType=Lead&recordId={lead}")]
    [InlineData("/Reminders/{pending}/Cancel")]
    [InlineData("/Reminders/{rung}/Open")]
    [InlineData("/Reminders/ReadAll")]
    public async Task The_owner_posting_without_a_token_is_refused_and_nothing_changes(string urlFormat)
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene);

        using var response = await scene.Owner.PostWithoutTokenAsync(scene.Url(urlFormat), ("Text", "Bez tokenu"), ("DueAt", Local(5)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Fact]
    public async Task The_owner_cancels_a_pending_reminder_from_the_reminders_page()
    {
        var scene = await ArrangeAsync();
        var page = await scene.Owner.GetDocumentAsync("/Reminders");

        using var cancelled = await scene.Owner.SubmitAsync(page, $"[data-reminder-id='{scene.PendingId}'] form", new Dictionary<string, string?>());

        Assert.Equal("/Reminders", cancelled.RedirectTarget());
        Assert.False(await factory.WithDbAsync(db => db.Reminders.AnyAsync(r => r.Id == scene.PendingId)));
    }

    [Fact]
    public async Task A_reminder_set_on_a_tasks_form_leads_back_to_the_task_and_the_contact_profile_has_its_own_reminders_card()
    {
        var scene = await ArrangeAsync();
        var taskForm = await scene.Owner.GetDocumentAsync($"/Tasks/{scene.TaskId}/Edit");

        using var set = await scene.Owner.SubmitAsync(taskForm, "[data-testid=record-reminders] form[data-testid=reminder-add]",
            new Dictionary<string, string?> { ["Text"] = "Zadanie pilne", ["DueAt"] = Local(-1) });
        await DeliverAsync();
        var id = await factory.WithDbAsync(db => db.Reminders.Where(r => r.RecordType == Reminder.TaskType && r.RecordId == scene.TaskId).Select(r => r.Id).SingleAsync());
        var token = await scene.Owner.AntiforgeryTokenAsync();
        using var opened = await scene.Owner.PostWithTokenAsync($"/Reminders/{id}/Open", token);

        Assert.Equal($"/Tasks/{scene.TaskId}/Edit", set.RedirectTarget());
        Assert.Equal($"/Tasks/{scene.TaskId}/Edit", opened.RedirectTarget());
        var contactId = await ContactBuilder.Person("Rita", "Priminimas").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var profile = await admin.GetDocumentAsync($"/Contacts/{contactId}");
        Assert.NotNull(profile.QuerySelector("[data-testid=record-reminders] form[data-testid=reminder-add] select[name=UserId]"));
    }

    [Fact]
    public async Task The_reminder_email_is_worded_in_the_language_it_was_set_in_and_in_english_when_that_is_unknown()
    {
        var writer = factory.Services.GetRequiredService<IReminderMailWriter>();
        var due = new DateTime(2026, 12, 1, 9, 30, 0);
        var before = CultureInfo.CurrentUICulture;

        var (subject, body) = writer.Write(new ReminderMail("pl", "Lead", "Łódź Okna", "Zadzwonić do pani Żanety", due));
        var (englishSubject, englishBody) = writer.Write(new ReminderMail("xx", Reminder.TaskType, "Wysłać ofertę", "Oferta", due));

        Assert.Equal("Przypomnienie: Zadzwonić do pani Żanety", subject);
        Assert.Contains("Lead: Łódź Okna", body, StringComparison.Ordinal);
        Assert.Contains("Termin: " + due.ToString("g", new CultureInfo("pl")), body, StringComparison.Ordinal);
        Assert.Equal("Reminder: Oferta", englishSubject);
        Assert.Contains("Task: Wysłać ofertę", englishBody, StringComparison.Ordinal);
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public async Task The_reminders_page_says_when_more_are_pending_than_it_lists()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            db.Reminders.AddRange(Enumerable.Range(0, ReminderQueries.PendingLimit + 1).Select(i => new Reminder
            {
                RecordType = "Lead", RecordId = scene.LeadId, UserId = scene.OwnerId, Text = $"Później {i}", DueAt = DateTime.UtcNow.AddDays(2).AddMinutes(i), CreatedById = scene.OwnerId,
            }));
            return await db.SaveChangesAsync();
        });

        var page = await scene.Owner.GetDocumentAsync("/Reminders");

        Assert.Equal(ReminderQueries.PendingLimit, page.QuerySelectorAll("[data-testid=reminders-pending] [data-testid=reminder-text]").Length);
        Assert.Equal(ResourceFile.English("Reminders.MorePending").Replace("{0}", "100", StringComparison.Ordinal), page.QuerySelector("[data-testid=reminders-more-pending]")?.TextContent.Trim());
    }

    private static string Local(int minutes) => DateTime.Now.AddMinutes(minutes).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>One run of the reminder job, as Hangfire would run it (the test host has no Hangfire server).</summary>
    private async Task DeliverAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderDelivery>().DeliverDueAsync(CancellationToken.None);
    }

    private async Task<Scene> ArrangeAsync()
    {
        var owner = await LeadCardScene.ArrangeAsync(factory);
        var token = await owner.Owner.AntiforgeryTokenAsync();
        using (await owner.Owner.PostWithTokenAsync($"/Tasks/New?recordType=Lead&recordId={owner.LeadId}", token, ("Title", "Zadanie " + owner.Tag)))
        using (await owner.Owner.PostWithTokenAsync($"/Reminders/New?recordType=Lead&recordId={owner.LeadId}", token, ("Text", "Później " + owner.Tag), ("DueAt", Local(600))))
        using (await owner.Owner.PostWithTokenAsync($"/Reminders/New?recordType=Lead&recordId={owner.LeadId}", token, ("Text", "Już " + owner.Tag), ("DueAt", Local(-5))))
        {
        }

        await DeliverAsync();
        var ids = await factory.WithDbAsync(async db => (
            Task: await db.Tasks.Where(t => t.Title == "Zadanie " + owner.Tag).Select(t => t.Id).SingleAsync(),
            Pending: await db.Reminders.Where(r => r.Text == "Później " + owner.Tag).Select(r => r.Id).SingleAsync(),
            Rung: await db.Reminders.Where(r => r.Text == "Już " + owner.Tag).Select(r => r.Id).SingleAsync()));
        return new Scene(owner.Owner, await LeadCardScene.StrangerAsync(factory), owner.LeadId, ids.Task, ids.Pending, ids.Rung);
    }

    private Task<string> SnapshotAsync(Scene scene) => factory.WithDbAsync(async db => string.Join(",",
        await db.Reminders.Where(r => r.RecordId == scene.LeadId || r.RecordId == scene.TaskId || r.Text == "Przejęte" || r.Text == "Bez tokenu")
            .OrderBy(r => r.Id).Select(r => r.Id + r.Text + r.UserId + r.DeliveredAt + r.ReadAt).ToListAsync()));

    private sealed record Scene(HttpClient Owner, HttpClient Stranger, int LeadId, int TaskId, int PendingId, int RungId)
    {
        public string Url(string format) => format
            .Replace("{lead}", LeadId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{task}", TaskId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pending}", PendingId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{rung}", RungId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
