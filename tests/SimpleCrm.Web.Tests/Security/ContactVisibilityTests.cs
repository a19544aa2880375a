using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Security;

/// <summary>ASVS 4.2.1 (IDOR): a sales rep reaches only their own contacts, whatever id they type.</summary>
public sealed class ContactVisibilityTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("/Contacts/{0}")]
    [InlineData("/Contacts/{0}/Edit")]
    public async Task A_sales_rep_gets_not_found_for_another_reps_contact(string urlFormat)
    {
        var scene = await ArrangeAsync();

        using var response = await scene.Rep.GetAsync(new Uri(string.Format(CultureInfo.InvariantCulture, urlFormat, scene.ContactId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(scene.LastName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Edit")]
    [InlineData("Delete")]
    [InlineData("Responsible")]
    public async Task A_sales_rep_cannot_change_another_reps_contact(string action)
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene.ContactId);
        var token = await scene.Rep.AntiforgeryTokenAsync("/Contacts/New");
        // The strongest attempt: the contact's real concurrency token and a takeover to the rep.
        (string, string)[] fields = action switch
        {
            "Edit" =>
            [
                ("version", before.Version.ToString()), ("Input.Kind", "Person"), ("Input.FirstName", "Taken"),
                ("Input.LastName", "Over"), ("Input.ResponsibleUserId", scene.RepId),
            ],
            "Responsible" => [("responsibleUserId", scene.RepId)],
            _ => [],
        };

        using var response = await scene.Rep.PostWithTokenAsync($"/Contacts/{scene.ContactId}/{action}", token, fields);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene.ContactId));
    }

    [Fact]
    public async Task Another_reps_contact_never_shows_in_a_sales_reps_list_or_search()
    {
        var scene = await ArrangeAsync();
        var ownId = await ContactBuilder.Person("Olga", "Own" + scene.Tag).OwnedBy(scene.RepId).SaveAsync(factory);

        var list = await scene.Rep.GetDocumentAsync("/Contacts?PageSize=100");
        var byName = await scene.Rep.GetDocumentAsync($"/Contacts?Search={scene.LastName}");
        var byEmail = await scene.Rep.GetDocumentAsync($"/Contacts?Search=hidden.{scene.Tag}@");
        var byOwner = await scene.Rep.GetDocumentAsync($"/Contacts?ResponsibleUserId={scene.OtherRepId}");
        var companies = await scene.Rep.GetDocumentAsync($"/Contacts/Companies?Input.CompanyName=Secret{scene.Tag}");

        Assert.Contains(ContactLinks(list), href => href == $"/Contacts/{ownId}");
        Assert.DoesNotContain(ContactLinks(list), href => href == $"/Contacts/{scene.ContactId}" || href == $"/Contacts/{scene.CompanyId}");
        Assert.Empty(ContactLinks(byName));
        Assert.Empty(ContactLinks(byEmail));
        Assert.Empty(ContactLinks(byOwner));
        Assert.Empty(companies.QuerySelectorAll("option"));
    }

    [Fact]
    public async Task A_company_profile_lists_only_the_people_the_sales_rep_may_see()
    {
        var scene = await ArrangeAsync();
        var companyId = await ContactBuilder.Company("Shared" + scene.Tag).OwnedBy(scene.RepId).SaveAsync(factory);
        var visible = await ContactBuilder.Person("Visible", "Colleague").AtCompany(companyId, "Shared" + scene.Tag).OwnedBy(scene.RepId).SaveAsync(factory);
        var hidden = await ContactBuilder.Person("Hidden", "Colleague").AtCompany(companyId, "Shared" + scene.Tag).OwnedBy(scene.OtherRepId).SaveAsync(factory);

        var profile = await scene.Rep.GetDocumentAsync($"/Contacts/{companyId}");

        var people = profile.QuerySelectorAll("section[aria-labelledby=people] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/Contacts/{visible}", people);
        Assert.DoesNotContain($"/Contacts/{hidden}", people);
    }

    [Fact]
    public async Task A_sales_reps_contact_does_not_reveal_a_company_the_rep_may_not_see()
    {
        var scene = await ArrangeAsync();
        var person = await ContactBuilder.Person("Own", "Employee" + scene.Tag).AtCompany(scene.CompanyId, "Secret" + scene.Tag).OwnedBy(scene.RepId).SaveAsync(factory);
        // The other rep renamed their company since; its current name is theirs to see.
        await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == scene.CompanyId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.CompanyName, "Renamed" + scene.Tag).SetProperty(c => c.DisplayName, "Renamed" + scene.Tag)));

        var profile = await scene.Rep.GetAsync(new Uri($"/Contacts/{person}", UriKind.Relative));
        var list = await scene.Rep.GetAsync(new Uri($"/Contacts?Search=Employee{scene.Tag}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        foreach (var html in new[] { await profile.Content.ReadAsStringAsync(), await list.Content.ReadAsStringAsync() })
        {
            Assert.Contains("Secret" + scene.Tag, html, StringComparison.Ordinal);
            Assert.DoesNotContain("Renamed" + scene.Tag, html, StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"/Contacts/{scene.CompanyId}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Admin)]
    public async Task Managers_and_admins_see_every_reps_contact(string role)
    {
        var scene = await ArrangeAsync();
        var email = $"{role.ToLowerInvariant()}-{scene.Tag}@test.local";
        await factory.CreateUserAsync(email, role);
        var client = await factory.SignedInClientAsync(email);

        var byName = await client.GetDocumentAsync($"/Contacts?Search={scene.LastName}");
        using var profile = await client.GetAsync(new Uri($"/Contacts/{scene.ContactId}", UriKind.Relative));
        var companies = await client.GetDocumentAsync($"/Contacts/Companies?Input.CompanyName=Secret{scene.Tag}");

        Assert.Equal([$"/Contacts/{scene.ContactId}"], ContactLinks(byName));
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal([$"Secret{scene.Tag}"], companies.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
    }

    private static List<string> ContactLinks(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("table.contact-list td.name-cell a").Select(a => a.GetAttribute("href")!)];

    private async Task<Scene> ArrangeAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"rep-{tag}@test.local", Roles.SalesRep);
        var otherRepId = await factory.CreateUserAsync($"other-{tag}@test.local", Roles.SalesRep);
        var lastName = "Hidden" + tag;
        var contactId = await ContactBuilder.Person("Greta", lastName).WithEmail($"hidden.{tag}@example.com").OwnedBy(otherRepId).SaveAsync(factory);
        var companyId = await ContactBuilder.Company("Secret" + tag).OwnedBy(otherRepId).SaveAsync(factory);
        var rep = await factory.SignedInClientAsync($"rep-{tag}@test.local");
        return new Scene(tag, rep, repId, otherRepId, contactId, companyId, lastName);
    }

    private Task<ContactSnapshot> SnapshotAsync(int id) =>
        factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().Where(c => c.Id == id)
            .Select(c => new ContactSnapshot(c.FirstName, c.LastName, c.ResponsibleUserId, c.IsDeleted, c.Version, c.UpdatedAt))
            .SingleAsync());

    private sealed record Scene(string Tag, HttpClient Rep, string RepId, string OtherRepId, int ContactId, int CompanyId, string LastName);

    private sealed record ContactSnapshot(string? FirstName, string? LastName, string? ResponsibleUserId, bool IsDeleted, Guid Version, DateTime UpdatedAt);
}
