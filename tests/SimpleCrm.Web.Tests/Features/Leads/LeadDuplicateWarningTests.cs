using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Leads;

/// <summary>The lead form warns of leads and contacts it may describe again, and saves only when told to.</summary>
public sealed class LeadDuplicateWarningTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Warning = "[data-testid=lead-duplicates]";

    [Fact]
    public async Task Creating_a_lead_with_a_contacts_email_shows_the_warning_and_saves_nothing()
    {
        var tag = Tag();
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var contactId = await ContactBuilder.Person("Eliza", "Powtórna").WithEmail($"{tag}@dup.example").SaveAsync(factory);

        using var response = await client.CreateLeadAsync(Fields(tag, $"{tag.ToUpperInvariant()}@DUP.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        var row = Assert.Single(page.QuerySelectorAll($"{Warning} [data-testid=duplicate]"));
        var link = row.QuerySelector("a")!;
        Assert.Equal($"/Contacts/{contactId}", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Contains("Eliza Powtórna", link.TextContent, StringComparison.Ordinal);
        Assert.Equal(ResourceFile.English("Leads.Duplicates.Contact"), row.QuerySelector(".badge")?.TextContent.Trim());
        Assert.Equal(ResourceFile.English("Leads.Duplicates.SameEmail"), row.QuerySelector("[data-testid=duplicate-reason]")?.TextContent.Trim());
        Assert.NotNull(row.QuerySelector("[data-testid=link-contact]"));
        Assert.Equal($"Lead {tag}", page.QuerySelector("input[name='Input.Name']")?.GetAttribute("value"));
        Assert.Equal(0, await LeadCountAsync(tag));
    }

    [Fact]
    public async Task Save_anyway_saves_the_lead_unlinked()
    {
        var tag = Tag();
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        await ContactBuilder.Person("Anna", "Mimoto").WithEmail($"{tag}@dup.example").SaveAsync(factory);
        using var warned = await client.CreateLeadAsync(Fields(tag, $"{tag}@dup.example"));
        var page = await warned.ToDocumentAsync();

        using var saved = await client.PressAsync(page, "[data-testid=save-anyway]");

        var id = saved.CardId();
        Assert.Null(await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).Select(l => l.ContactId).SingleAsync()));
        Assert.Equal(1, await LeadCountAsync(tag));
    }

    [Fact]
    public async Task Link_to_this_contact_saves_the_lead_linked_and_its_card_shows_the_client()
    {
        var tag = Tag();
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var contactId = await ContactBuilder.Person("Ludwik", "Powiązany").WithEmail($"{tag}@dup.example").SaveAsync(factory);
        using var warned = await client.CreateLeadAsync(Fields(tag, $"{tag}@dup.example"));
        var page = await warned.ToDocumentAsync();

        using var saved = await client.PressAsync(page, "[data-testid=link-contact]");

        var id = saved.CardId();
        Assert.Equal(contactId, await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).Select(l => l.ContactId).SingleAsync()));
        var card = await client.GetDocumentAsync($"/Leads/{id}");
        var clientLink = card.QuerySelector("[data-testid=client]");
        Assert.Equal($"/Contacts/{contactId}", clientLink?.GetAttribute("href"));
        Assert.Equal("Ludwik Powiązany", clientLink?.TextContent.Trim());
        var history = await client.GetDocumentAsync($"/Leads/{id}/History");
        Assert.Contains("Linked to the contact Ludwik Powiązany", history.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sales_rep_is_not_warned_of_another_reps_contact_and_cannot_link_to_it_by_its_id()
    {
        var tag = Tag();
        var otherId = await factory.CreateUserAsync($"dup-other-{tag}@test.local", Roles.SalesRep);
        var repEmail = $"dup-rep-{tag}@test.local";
        await factory.CreateUserAsync(repEmail, Roles.SalesRep);
        var rep = await factory.SignedInClientAsync(repEmail);
        var hidden = await ContactBuilder.Person("Ukryta", "Cudza").WithEmail($"{tag}@dup.example").OwnedBy(otherId).SaveAsync(factory);

        var form = await rep.GetDocumentAsync("/Leads/New");
        using var linked = await rep.SubmitAsync(form, LeadForms.Selector, Fields(tag, $"{tag}@dup.example"),
            [new(LeadDuplicatesViewModel.LinkField, hidden.ToString(CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.NotFound, linked.StatusCode);
        Assert.DoesNotContain("Ukryta", await linked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await LeadCountAsync(tag));

        using var created = await rep.CreateLeadAsync(Fields(tag, $"{tag}@dup.example"));

        var id = created.CardId();
        Assert.Null(await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).Select(l => l.ContactId).SingleAsync()));
        var card = await rep.GetDocumentAsync($"/Leads/{id}");
        Assert.Null(card.QuerySelector("[data-testid=client]"));
    }

    [Fact]
    public async Task Editing_a_lead_does_not_report_the_lead_itself()
    {
        var tag = Tag();
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using (var first = await client.CreateLeadAsync(Fields(tag, $"{tag}@self.example")))
        {
            var id = first.CardId();
            var form = await client.GetDocumentAsync($"/Leads/{id}/Edit");

            using var saved = await client.SubmitAsync(form, LeadForms.Selector, new Dictionary<string, string?> { ["Input.City"] = "Kraków" });

            Assert.Equal(id, saved.CardId());
        }
    }

    [Fact]
    public async Task Editing_a_linked_lead_does_not_report_its_own_client()
    {
        var tag = Tag();
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        await ContactBuilder.Person("Stała", "Klientka").WithEmail($"{tag}@client.example").SaveAsync(factory);
        using var warned = await client.CreateLeadAsync(Fields(tag, $"{tag}@client.example"));
        using var linked = await client.PressAsync(await warned.ToDocumentAsync(), "[data-testid=link-contact]");
        var id = linked.CardId();
        var form = await client.GetDocumentAsync($"/Leads/{id}/Edit");

        using var saved = await client.SubmitAsync(form, LeadForms.Selector, new Dictionary<string, string?> { ["Input.City"] = "Gdańsk" });

        Assert.Equal(id, saved.CardId());
    }

    [Fact]
    public async Task The_live_hint_lists_the_matches_without_anything_that_posts_and_leaves_out_the_lead_being_edited()
    {
        var tag = Tag();
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        int leadId;
        using (var created = await client.CreateLeadAsync(Fields(tag, $"{tag}@hint.example")))
        {
            leadId = created.CardId();
        }

        var hint = await client.GetDocumentAsync($"/Leads/Duplicates/Hint?Input.Email={tag}%40hint.example");
        var own = await client.GetDocumentAsync($"/Leads/Duplicates/Hint?Input.Email={tag}%40hint.example&exceptId={leadId}");

        var link = Assert.Single(hint.QuerySelectorAll($"{Warning} [data-testid=duplicate] a"));
        Assert.Equal($"/Leads/{leadId}", link.GetAttribute("href"));
        Assert.Empty(hint.QuerySelectorAll($"{Warning} button"));
        Assert.Null(own.QuerySelector(Warning));
    }

    private static Dictionary<string, string?> Fields(string tag, string email) => new()
    {
        ["Input.Name"] = $"Lead {tag}",
        ["Input.Email"] = email,
    };

    // Letters only, as a tag of digits would be read as a phone number.
    private static string Tag() => string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + (c % 26))));

    private Task<int> LeadCountAsync(string tag) =>
        factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().CountAsync(l => l.Name == $"Lead {tag}"));
}
