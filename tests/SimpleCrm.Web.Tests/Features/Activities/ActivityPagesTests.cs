using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadCard;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Activities;

/// <summary>Activities over HTTP: logged from the lead card's timeline, edited and deleted by their author, refused to strangers and to posts without a token.</summary>
public sealed class ActivityPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_call_logged_with_the_timelines_form_shows_at_the_top_of_the_timeline()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var card = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline");
        var form = card.QuerySelector("[data-testid=tab-timeline] form[data-testid=activity-log]")!;
        var fields = HtmlForms.FieldsOf(form).Where(f => f.Key is not ("Type" or "Outcome" or "DurationMinutes")).ToList();
        fields.Add(new("Type", nameof(ActivityType.Call)));
        fields.Add(new("Outcome", "Umówione demo " + scene.Tag));
        fields.Add(new("DurationMinutes", "20"));

        using var response = await scene.Owner.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Leads/{scene.LeadId}?tab=timeline", response.RedirectTarget());
        var timeline = await scene.Owner.GetDocumentAsync(response.RedirectTarget());
        var top = timeline.QuerySelector("[data-testid=timeline] [data-testid=history-line]")!;
        Assert.Equal(nameof(ActivityType.Call), top.GetAttribute("data-activity"));
        Assert.Contains("Umówione demo " + scene.Tag, top.TextContent, StringComparison.Ordinal);
        Assert.Contains(ResourceFile.English("Activities.Minutes").Replace("{0}", "20", StringComparison.Ordinal), top.TextContent, StringComparison.Ordinal);
        Assert.NotNull(top.QuerySelector("[data-testid=activity-edit]"));
    }

    [Fact]
    public async Task A_note_picked_in_the_log_form_is_kept_as_a_note_not_as_an_activity()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();

        using var response = await scene.Owner.PostWithTokenAsync($"/Activities/Lead/{scene.LeadId}", token, ("Type", "Note"), ("Text", "Notatka z osi czasu " + scene.Tag));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notes.CountAsync(n => n.RecordType == "Lead" && n.RecordId == scene.LeadId && n.Text == "Notatka z osi czasu " + scene.Tag)));
        Assert.Equal(0, await ActivitiesOfAsync(scene.LeadId));
    }

    [Theory]
    [InlineData("Call", "abc", "", "", "DurationMinutes", "Activities.DurationInvalid")]
    [InlineData("Call", "1441", "", "", "DurationMinutes", "Activities.DurationOutOfRange")]
    [InlineData("Call", "", "2099-01-01T10:00", "", "At", "Activities.TooFarAhead")]
    [InlineData("Call", "", "jutro", "", "At", "Activities.AtInvalid")]
    [InlineData("Fax", "", "", "", "Type", "Validation.Required")]
    [InlineData("Note", "", "", "", "Text", "Validation.Required")]
    public async Task A_bad_entry_re_renders_the_form_with_a_localized_message_and_saves_nothing(string type, string duration, string at, string text, string field, string key)
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();

        using var response = await scene.Owner.PostWithTokenAsync(
            $"/Activities/Lead/{scene.LeadId}", token, ("Type", type), ("DurationMinutes", duration), ("At", at), ("Text", text), ("Outcome", "Zły wpis " + scene.Tag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English(key), page.ValidationMessageFor(field));
        Assert.Equal("Zły wpis " + scene.Tag, page.QuerySelector("[data-testid=activity-form] #Outcome")?.GetAttribute("value"));
        Assert.Equal(0, await ActivitiesOfAsync(scene.LeadId));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notes.CountAsync(n => n.RecordType == "Lead" && n.RecordId == scene.LeadId)));
    }

    [Fact]
    public async Task The_author_edits_an_activity_on_its_own_page_and_deletes_it()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var id = await LogAsync(scene, "Pierwsza wersja");
        var token = await scene.Owner.AntiforgeryTokenAsync();

        var edit = await scene.Owner.GetDocumentAsync($"/Activities/{id}/Edit");
        using var saved = await scene.Owner.PostWithTokenAsync($"/Activities/{id}/Edit", token, ("Type", "Meeting"), ("Outcome", "Poprawiona " + scene.Tag), ("DurationMinutes", "45"));
        var edited = await factory.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == id));
        using var deleted = await scene.Owner.PostWithTokenAsync($"/Activities/{id}/Delete", token);

        Assert.Equal("Pierwsza wersja", edit.QuerySelector("[data-testid=activity-form] #Outcome")?.GetAttribute("value"));
        Assert.Null(edit.QuerySelector("[data-testid=activity-form] option[value=Note]"));
        Assert.Equal($"/Leads/{scene.LeadId}?tab=timeline", saved.RedirectTarget());
        Assert.Equal((ActivityType.Meeting, "Poprawiona " + scene.Tag, (int?)45), (edited.Type, edited.Outcome, edited.DurationMinutes));
        Assert.Equal($"/Leads/{scene.LeadId}?tab=timeline", deleted.RedirectTarget());
        Assert.Equal(0, await ActivitiesOfAsync(scene.LeadId));
    }

    [Theory]
    [InlineData("GET", "/Activities/{activity}/Edit")]
    [InlineData("POST", "/Activities/{activity}/Edit")]
    [InlineData("POST", "/Activities/{activity}/Delete")]
    [InlineData("POST", "/Activities/Lead/{lead}")]
    [InlineData("POST", "/Activities/Deal/{lead}")]
    [InlineData("GET", "/Leads/{lead}/History?kind=Activities")]
    public async Task Another_sales_rep_gets_not_found_and_changes_nothing_with_a_valid_token(string method, string urlFormat)
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var id = await LogAsync(scene, "Tajna rozmowa " + scene.Tag);
        var stranger = await LeadCardScene.StrangerAsync(factory);
        var token = await stranger.AntiforgeryTokenAsync();
        var url = urlFormat.Replace("{activity}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{lead}", scene.LeadId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = method == "GET"
            ? await stranger.GetAsync(new Uri(url, UriKind.Relative))
            : await stranger.PostWithTokenAsync(url, token, ("Type", "Call"), ("Outcome", "Przejęta"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Tajna rozmowa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Tajna rozmowa " + scene.Tag], await OutcomesAsync(scene.LeadId));
    }

    [Theory]
    [InlineData("/Activities/Lead/{lead}")]
    [InlineData("/Activities/{activity}/Edit")]
    [InlineData("/Activities/{activity}/Delete")]
    public async Task The_author_posting_without_a_token_is_refused_and_nothing_changes(string urlFormat)
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var id = await LogAsync(scene, "Bez zmian " + scene.Tag);
        var url = urlFormat.Replace("{activity}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{lead}", scene.LeadId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await scene.Owner.PostWithoutTokenAsync(url, ("Type", "Visit"), ("Outcome", "Bez tokenu"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Bez zmian " + scene.Tag], await OutcomesAsync(scene.LeadId));
    }

    [Fact]
    public async Task A_manager_may_log_on_a_reps_lead_but_not_edit_the_reps_activity_and_an_admin_may_delete_it()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var id = await LogAsync(scene, "Rozmowa przedstawiciela " + scene.Tag);
        var managerEmail = $"act-manager-{scene.Tag}@test.local";
        await factory.CreateUserAsync(managerEmail, Roles.Manager);
        var manager = await factory.SignedInClientAsync(managerEmail);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var managerToken = await manager.AntiforgeryTokenAsync();

        var card = await manager.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline");
        using var logged = await manager.PostWithTokenAsync($"/Activities/Lead/{scene.LeadId}", managerToken, ("Type", "Visit"), ("Outcome", "Wizyta kierownika " + scene.Tag));
        using var editForm = await manager.GetAsync(new Uri($"/Activities/{id}/Edit", UriKind.Relative));
        using var edit = await manager.PostWithTokenAsync($"/Activities/{id}/Edit", managerToken, ("Type", "Call"), ("Outcome", "Przejęta"));
        using var managerDelete = await manager.PostWithTokenAsync($"/Activities/{id}/Delete", managerToken);
        var afterManager = await OutcomesAsync(scene.LeadId);
        using var adminDelete = await admin.PostWithTokenAsync($"/Activities/{id}/Delete", await admin.AntiforgeryTokenAsync());

        var repsLine = card.QuerySelectorAll("[data-testid=history-line]").Single(l => l.TextContent.Contains("Rozmowa przedstawiciela", StringComparison.Ordinal));
        Assert.Null(repsLine.QuerySelector("[data-testid=activity-edit]"));
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editForm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, managerDelete.StatusCode);
        Assert.Equal(["Rozmowa przedstawiciela " + scene.Tag, "Wizyta kierownika " + scene.Tag], afterManager);
        Assert.Equal(HttpStatusCode.Redirect, adminDelete.StatusCode);
        Assert.Equal(["Wizyta kierownika " + scene.Tag], await OutcomesAsync(scene.LeadId));
    }

    private async Task<int> LogAsync(LeadCardScene scene, string outcome)
    {
        var token = await scene.Owner.AntiforgeryTokenAsync();
        using var response = await scene.Owner.PostWithTokenAsync($"/Activities/Lead/{scene.LeadId}", token, ("Type", "Call"), ("Outcome", outcome));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Activities.Where(a => a.RecordId == scene.LeadId && a.Outcome == outcome).Select(a => a.Id).SingleAsync());
    }

    private Task<int> ActivitiesOfAsync(int leadId) => factory.WithDbAsync(db => db.Activities.CountAsync(a => a.RecordType == "Lead" && a.RecordId == leadId));

    private Task<List<string?>> OutcomesAsync(int leadId) =>
        factory.WithDbAsync(db => db.Activities.Where(a => a.RecordType == "Lead" && a.RecordId == leadId).OrderBy(a => a.Id).Select(a => a.Outcome).ToListAsync());
}
