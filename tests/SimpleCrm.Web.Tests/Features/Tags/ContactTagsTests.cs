using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Tags;

/// <summary>Tags on the profile, the tag cloud and the tag filter of the contact list, through HTTP.</summary>
public sealed class ContactTagsTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Tags_typed_in_the_profile_form_show_as_chips_linking_to_the_filtered_list()
    {
        var id = await ContactBuilder.Person("Tagged", "Onprofile").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var profile = await admin.GetDocumentAsync($"/Contacts/{id}");

        using var response = await admin.SubmitAsync(profile, $"form[action='/Contacts/{id}/Tags']", new Dictionary<string, string?> { ["Names"] = "Profil VIP, Profil Hurt" });

        Assert.Equal($"/Contacts/{id}", response.RedirectTarget());
        var after = await admin.GetDocumentAsync($"/Contacts/{id}");
        var chips = after.QuerySelectorAll("[data-testid=contact-tags] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Profil Hurt", "/Contacts?tag=Profil%20Hurt"), ("Profil VIP", "/Contacts?tag=Profil%20VIP")], chips);
        Assert.Contains(ResourceFile.English("Tags.Added"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_remove_button_of_a_chip_takes_the_tag_off_the_contact()
    {
        var id = await ContactBuilder.Person("Untagged", "Onprofile").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using (await admin.SubmitAsync(await admin.GetDocumentAsync($"/Contacts/{id}"), $"form[action='/Contacts/{id}/Tags']", new Dictionary<string, string?> { ["Names"] = "Zdejmowany, Trwały" }))
        {
        }

        var profile = await admin.GetDocumentAsync($"/Contacts/{id}");
        var removeForm = profile.QuerySelectorAll($"form[action='/Contacts/{id}/Tags/Remove']").Single(f => f.QuerySelector("input[name=name]")?.GetAttribute("value") == "Zdejmowany");
        var token = removeForm.QuerySelector($"input[name={HtmlForms.TokenField}]")!.GetAttribute("value")!;
        using var response = await admin.PostWithTokenAsync($"/Contacts/{id}/Tags/Remove", token, ("name", "Zdejmowany"));

        Assert.Equal($"/Contacts/{id}", response.RedirectTarget());
        var after = await admin.GetDocumentAsync($"/Contacts/{id}");
        Assert.Equal(["Trwały"], after.QuerySelectorAll("[data-testid=contact-tags] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_sales_rep_posting_another_reps_contact_id_gets_404_and_nothing_changes()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ownerId = await factory.CreateUserAsync($"owner-{tag}@test.local", Roles.SalesRep);
        await factory.CreateUserAsync($"intruder-{tag}@test.local", Roles.SalesRep);
        var id = await ContactBuilder.Person("Foreign", "Tagged").OwnedBy(ownerId).SaveAsync(factory);
        var intruder = await factory.SignedInClientAsync($"intruder-{tag}@test.local");
        var token = await intruder.AntiforgeryTokenAsync("/Contacts");

        using var added = await intruder.PostWithTokenAsync($"/Contacts/{id}/Tags", token, ("Names", "Intruz"));
        using var removed = await intruder.PostWithTokenAsync($"/Contacts/{id}/Tags/Remove", token, ("name", "Intruz"));

        Assert.Equal(HttpStatusCode.NotFound, added.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ContactTags.AnyAsync(ct => ct.ContactId == id)));
    }

    [Fact]
    public async Task An_empty_tag_name_is_refused_with_a_message_on_the_profile()
    {
        var id = await ContactBuilder.Person("Empty", "Tagname").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync("/Contacts");

        using var response = await admin.PostWithTokenAsync($"/Contacts/{id}/Tags", token, ("Names", " , "));

        Assert.Equal($"/Contacts/{id}", response.RedirectTarget());
        var after = await admin.GetDocumentAsync($"/Contacts/{id}");
        Assert.Contains(ResourceFile.English("Tags.NameRequired"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cloud_and_the_suggestions_offer_existing_tags_and_the_list_filters_by_one()
    {
        var tagged = await ContactBuilder.Person("Cloudy", "Tagged").SaveAsync(factory);
        await ContactBuilder.Person("Cloudy", "Plain").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync("/Contacts");
        using (await admin.PostWithTokenAsync($"/Contacts/{tagged}/Tags", token, ("Names", "Chmurka")))
        {
        }

        var cloud = await admin.GetDocumentAsync("/Tags/Cloud");
        var suggestions = await admin.GetDocumentAsync("/Tags/Suggestions?Names=Inny,%20chmu");
        var list = await admin.GetDocumentAsync("/Contacts?Search=Cloudy&tag=CHMURKA");

        Assert.Equal("/Contacts?tag=Chmurka", cloud.QuerySelectorAll("[data-testid=tag-cloud] a").Single(a => a.TextContent == "Chmurka").GetAttribute("href"));
        Assert.Equal(["Inny, Chmurka"], suggestions.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["Cloudy Tagged"], list.QuerySelectorAll("table.contact-list tbody td.name-cell > a").Select(a => a.TextContent));
        Assert.Contains("Tag=CHMURKA", list.QuerySelector("table.contact-list thead th a")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("CHMURKA", list.QuerySelector("form[role=search] input[name=Tag]")?.GetAttribute("value"));
        Assert.Contains("Search=Cloudy", list.QuerySelector("[data-testid=tag-filter] a")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("Tag=", list.QuerySelector("[data-testid=tag-filter] a")?.GetAttribute("href"), StringComparison.OrdinalIgnoreCase);
    }
}
