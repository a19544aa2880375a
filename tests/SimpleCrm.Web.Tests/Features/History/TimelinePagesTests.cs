using System.Net;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadCard;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.History;

/// <summary>The timeline's type filter and pager over HTTP (without script and as htmx fragments), the contact's history page, and /History.</summary>
public sealed class TimelinePagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_type_filter_shows_one_kind_by_a_plain_get_form_and_by_an_htmx_fragment()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();
        using (await scene.Owner.PostWithTokenAsync($"/Activities/Lead/{scene.LeadId}", token, ("Type", "Call"), ("Outcome", "Rozmowa " + scene.Tag)))
        using (await scene.Owner.PostWithTokenAsync($"/Notes/Lead/{scene.LeadId}", token, ("text", "Notatka " + scene.Tag)))
        {
        }

        var all = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline");
        var filter = all.QuerySelector("form[data-testid=timeline-kinds]")!;
        var button = filter.QuerySelector("button[data-kind=Activities]")!;
        // Without script the button submits the GET form: the card's address with the tab and the kind.
        var activities = await scene.Owner.GetDocumentAsync($"{filter.GetAttribute("action")}?tab={filter.QuerySelector("input[name=tab]")?.GetAttribute("value")}&{button.GetAttribute("name")}={button.GetAttribute("value")}");
        var notes = await scene.Owner.GetDocumentAsync(filter.QuerySelector("button[data-kind=Notes]")!.GetAttribute("hx-get")!);

        Assert.Equal("get", filter.GetAttribute("method"));
        Assert.Equal($"/Leads/{scene.LeadId}", filter.GetAttribute("action"));
        Assert.Equal($"/Leads/{scene.LeadId}/History?kind=Activities", button.GetAttribute("hx-get"));
        Assert.Equal($"/Leads/{scene.LeadId}?tab=timeline&kind=Activities", button.GetAttribute("hx-push-url"));
        Assert.Equal(2, Lines(all).Count);
        var activity = Assert.Single(Lines(activities));
        Assert.Contains("Rozmowa " + scene.Tag, activity.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", activities.QuerySelector("[data-testid=timeline-kinds] button[data-kind=Activities]")?.GetAttribute("aria-pressed"));
        Assert.Equal("NoteAdded", Assert.Single(Lines(notes)).GetAttribute("data-action"));
        Assert.Null(notes.QuerySelector("nav.navbar"));
    }

    [Fact]
    public async Task The_pager_moves_through_a_long_timeline_by_plain_links_keeping_the_filter()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();
        for (var i = 0; i < 26; i++)
        {
            using var logged = await scene.Owner.PostWithTokenAsync($"/Activities/Lead/{scene.LeadId}", token, ("Type", "Call"), ("Outcome", $"Rozmowa {i:00}"), ("At", $"2026-01-01T10:{i:00}"));
            Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        }

        var first = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline&kind=Activities");
        var next = first.QuerySelector("[data-testid=history] a[rel=next]")!.GetAttribute("href")!;
        var second = await scene.Owner.GetDocumentAsync(next);

        Assert.Equal($"/Leads/{scene.LeadId}?tab=timeline&kind=Activities&page=2", next);
        Assert.Equal(25, Lines(first).Count);
        Assert.Contains("Rozmowa 25", Lines(first)[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Rozmowa 00", Assert.Single(Lines(second)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contacts_history_is_a_card_for_htmx_and_a_page_of_its_own_without_script()
    {
        var id = await ContactBuilder.Person("Anna", "Osiowa").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync();
        using (await admin.PostWithTokenAsync($"/Activities/Contact/{id}", token, ("Type", "Meeting"), ("Outcome", "Spotkanie w biurze")))
        {
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/Contacts/{id}/History");
        request.Headers.Add("HX-Request", "true");
        using var fragment = await admin.SendAsync(request);
        var card = await fragment.ToDocumentAsync();
        var page = await admin.GetDocumentAsync($"/Contacts/{id}/History?kind=Activities");

        Assert.Null(card.QuerySelector("nav.navbar"));
        Assert.Contains("Spotkanie w biurze", card.QuerySelector("[data-testid=history]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Contacts/{id}/History", card.QuerySelector("form[data-testid=timeline-kinds]")?.GetAttribute("action"));
        Assert.Equal("false", card.QuerySelector("[data-testid=timeline-kinds] button[data-kind=Notes]")?.GetAttribute("hx-push-url"));
        Assert.NotNull(page.QuerySelector("nav.navbar"));
        Assert.Equal("Meeting", Assert.Single(Lines(page)).GetAttribute("data-activity"));
        Assert.NotNull(page.QuerySelector($"a[href='/Contacts/{id}']"));
    }

    [Fact]
    public async Task History_shows_a_rep_the_lines_of_their_records_naming_each_and_a_manager_the_teams_by_user()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();
        using (await scene.Owner.PostWithTokenAsync($"/Activities/Lead/{scene.LeadId}", token, ("Type", "Visit"), ("Outcome", "Wizyta " + scene.Tag)))
        {
        }

        var stranger = await LeadCardScene.StrangerAsync(factory);
        var managerEmail = $"hist-manager-{scene.Tag}@test.local";
        var managerId = await factory.CreateUserAsync(managerEmail, Roles.Manager);
        var manager = await factory.SignedInClientAsync(managerEmail);

        var own = await scene.Owner.GetDocumentAsync("/History?kind=Activities");
        var strangers = await stranger.GetDocumentAsync("/History");
        var team = await manager.GetDocumentAsync($"/History?user={scene.OwnerId}&kind=Activities");
        var othersOnly = await manager.GetDocumentAsync($"/History?user={managerId}");

        Assert.NotNull(own.QuerySelector("nav.navbar a[href='/History']"));
        var line = Lines(own).Single(l => l.TextContent.Contains("Wizyta " + scene.Tag, StringComparison.Ordinal));
        Assert.Equal("Karta " + scene.Tag, line.QuerySelector($"[data-testid=history-lead] a[href='/Leads/{scene.LeadId}']")?.TextContent.Trim());
        Assert.DoesNotContain(scene.Tag, strangers.QuerySelector("[data-testid=history-feed]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Lines(team), l => l.TextContent.Contains("Wizyta " + scene.Tag, StringComparison.Ordinal));
        Assert.All(Lines(team), l => Assert.Equal("Visit", l.GetAttribute("data-activity")));
        Assert.DoesNotContain(scene.Tag, othersOnly.QuerySelector("[data-testid=history-feed]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_reads_a_mangled_filter_as_no_filter_instead_of_failing()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.GetAsync(new Uri("/History?kind=Nonsense&from=yesterday&page=-3", UriKind.Relative));
        using var farPage = await admin.GetAsync(new Uri("/History?page=2147483647", UriKind.Relative));
        using var farTimeline = await admin.GetAsync(new Uri($"/Leads/{await admin.CreatedLeadAsync("Daleko")}/History?page=2147483647&kind=99", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(string.Empty, page.QuerySelector("#kind option[selected]")?.GetAttribute("value") ?? string.Empty);
        Assert.Equal(HttpStatusCode.OK, farPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, farTimeline.StatusCode);
    }

    private static List<AngleSharp.Dom.IElement> Lines(AngleSharp.Dom.IDocument document) =>
        [.. document.QuerySelectorAll("[data-testid=timeline] [data-testid=history-line]")];
}
