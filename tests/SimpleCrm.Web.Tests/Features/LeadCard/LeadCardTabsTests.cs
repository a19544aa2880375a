using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Notes;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadCard;

/// <summary>The tabs of the lead card through HTTP: the URL holds the tab, each tab shows its records, bad input says why.</summary>
public sealed class LeadCardTabsTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_card_opens_on_the_timeline_and_every_tab_is_a_link_holding_its_name()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);

        var card = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}");

        var links = card.QuerySelectorAll("[data-testid=lead-tabs] a.nav-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["people", "notes", "files", "timeline", "tasks", "reminders", "emails", "deals", "invoices"],
            links.Select(href => href!.Split("tab=")[1]));
        Assert.Equal("timeline", card.QuerySelector("[data-testid=lead-tabs] a.active")?.GetAttribute("data-tab"));
        Assert.NotNull(card.QuerySelector("[data-testid=tab-timeline] [data-testid=history]"));
    }

    [Theory]
    [InlineData("deals")]
    [InlineData("invoices")]
    public async Task A_tab_of_a_later_issue_says_it_comes_later(string tab)
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);

        var card = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab={tab}");

        Assert.Equal(tab, card.QuerySelector("[data-testid=lead-tabs] a.active")?.GetAttribute("data-tab"));
        Assert.Equal(ResourceFile.English("LeadCard.ComesLater"), card.QuerySelector("[data-testid=comes-later]")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_note_added_from_its_tab_shows_there_and_on_the_timeline()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var tab = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=notes");

        using var response = await scene.Owner.SubmitAsync(tab, "form[data-note-form]", new Dictionary<string, string?> { ["text"] = "Dzwonić po 15:00 <b>pilne</b>" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Leads/{scene.LeadId}?tab=notes", response.RedirectTarget());
        var notes = await scene.Owner.GetDocumentAsync(response.RedirectTarget());
        Assert.Equal(["Dzwonić po 15:00 <b>pilne</b>"], notes.QuerySelectorAll("[data-testid=note] .text-pre-line").Select(n => n.TextContent));
        var timeline = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline");
        Assert.Contains(ResourceFile.English("History.NoteAdded").Replace("{0}", "Dzwonić po 15:00 <b>pilne</b>", StringComparison.Ordinal), timeline.QuerySelector("[data-testid=timeline]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_note_comes_back_on_its_own_page_with_the_message_and_saves_nothing()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var tab = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=notes");

        using var response = await scene.Owner.SubmitAsync(tab, "form[data-note-form]", new Dictionary<string, string?> { ["text"] = "   " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English("Validation.Required"), page.ValidationMessageFor("Text"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notes.CountAsync(n => n.RecordId == scene.LeadId && n.RecordType == "Lead")));
    }

    [Fact]
    public async Task Editing_a_lead_shows_each_changed_field_on_the_timeline_in_words()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var form = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}/Edit");

        using (await scene.Owner.SubmitAsync(form, "form[data-lead-form]", new Dictionary<string, string?> { ["Input.City"] = "Kaunas", ["ignoreDuplicates"] = "true" }))
        {
        }

        var timeline = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=timeline");
        var line = timeline.QuerySelector($"[data-testid=timeline] li[data-action={FieldHistoryInterceptor.FieldChanged}]")?.TextContent;
        Assert.Contains($"{ResourceFile.English("History.Field.City")}: — → Kaunas", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contact_person_added_on_the_tab_is_listed_with_mail_and_phone_links()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var tab = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=people");

        using var response = await scene.Owner.SubmitAsync(tab, "form[data-person-form]", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Agnė Kazlauskienė",
            ["Input.Role"] = "Zakupy",
            ["Input.Email"] = "agne@firma.lt",
            ["Input.Phone"] = "601 234 567",
        });

        Assert.Equal($"/Leads/{scene.LeadId}?tab=people", response.RedirectTarget());
        var people = await scene.Owner.GetDocumentAsync(response.RedirectTarget());
        var person = people.QuerySelector("[data-testid=person]")!;
        Assert.Contains("Agnė Kazlauskienė", person.TextContent, StringComparison.Ordinal);
        Assert.NotNull(person.QuerySelector("a[href='mailto:agne@firma.lt']"));
        Assert.NotNull(person.QuerySelector("a[href='tel:+48601234567']"));
    }

    [Fact]
    public async Task A_contact_person_with_a_bad_email_comes_back_with_the_message_and_the_typed_values()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var tab = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=people");

        using var response = await scene.Owner.SubmitAsync(tab, "form[data-person-form]", new Dictionary<string, string?> { ["Input.Name"] = "Jonas", ["Input.Email"] = "nie-email" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English("Validation.InvalidEmail"), page.ValidationMessageFor("Input.Email"));
        Assert.Equal("Jonas", page.QuerySelector("input[name='Input.Name']")?.GetAttribute("value"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.LeadContactPersons.CountAsync(p => p.LeadId == scene.LeadId)));
    }

    [Fact]
    public async Task A_contact_profile_has_notes_and_files_cards_of_its_own()
    {
        var id = await ContactBuilder.Person("Ona", "Kortelė").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var profile = await admin.GetDocumentAsync($"/Contacts/{id}");

        using var added = await admin.SubmitAsync(profile, "form[data-note-form]", new Dictionary<string, string?> { ["text"] = "Klientka z targów" });
        using var uploaded = await admin.UploadAsync($"/Files/Contact/{id}", "wizytowka.txt", Encoding.UTF8.GetBytes("Ona Kortelė, tel. 601 234 567"));

        Assert.Equal($"/Contacts/{id}", added.RedirectTarget());
        Assert.Equal($"/Contacts/{id}", uploaded.RedirectTarget());
        var after = await admin.GetDocumentAsync($"/Contacts/{id}");
        Assert.Equal(["Klientka z targów"], after.QuerySelectorAll("[data-testid=note] .text-pre-line").Select(n => n.TextContent));
        Assert.Equal(["wizytowka.txt"], after.QuerySelectorAll("[data-testid=file] a").Select(a => a.TextContent));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notes.CountAsync(n => n.RecordType == "Contact" && n.RecordId == id && n.Text == "Klientka z targów")));
        Assert.Contains(NoteMessages.Added, await factory.WithDbAsync(db => db.History.Where(h => h.RecordType == "Contact" && h.RecordId == id).Select(h => h.Action).ToListAsync()));
    }
}
