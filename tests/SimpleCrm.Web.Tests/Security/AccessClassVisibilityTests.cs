using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Contacts;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Security;

/// <summary>A sales rep reaches another rep's contact only through a class they or their role hold.</summary>
public sealed class AccessClassVisibilityTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_rep_holding_the_class_opens_the_contacts_profile_and_edits_it()
    {
        var scene = await ArrangeAsync(grantToRep: true);
        var form = await scene.Rep.GetDocumentAsync($"/Contacts/{scene.ContactId}/Edit");

        using var profile = await scene.Rep.GetAsync(new Uri($"/Contacts/{scene.ContactId}", UriKind.Relative));
        using var save = await scene.Rep.SaveEditAsync(form, new Dictionary<string, string?> { ["Input.City"] = "Kaunas" });

        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(scene.ContactId, save.ProfileId());
        Assert.Equal("Kaunas", await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == scene.ContactId).Select(c => c.City).SingleAsync()));
    }

    [Fact]
    public async Task A_rep_finds_a_contact_of_a_class_granted_to_their_role_in_the_list()
    {
        var scene = await ArrangeAsync(grantToRep: false);
        await AccessClassBuilder.GrantRoleAsync(factory, scene.AccessClassId, Roles.SalesRep);

        var list = await scene.Rep.GetDocumentAsync($"/Contacts?Search={scene.LastName}");

        Assert.Equal([$"/Contacts/{scene.ContactId}"], list.RowLinks());
    }

    [Theory]
    [InlineData("/Contacts/{0}")]
    [InlineData("/Contacts/{0}/Edit")]
    public async Task A_rep_without_the_class_gets_not_found_on_get(string urlFormat)
    {
        var scene = await ArrangeAsync(grantToRep: false);

        using var response = await scene.Rep.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, urlFormat, scene.ContactId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Edit")]
    [InlineData("Delete")]
    [InlineData("Responsible")]
    public async Task A_rep_without_the_class_gets_not_found_on_post_and_changes_nothing(string action)
    {
        var scene = await ArrangeAsync(grantToRep: false);
        var version = await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == scene.ContactId).Select(c => c.Version).SingleAsync());
        var token = await scene.Rep.AntiforgeryTokenAsync("/Contacts/New");

        using var response = await scene.Rep.PostWithTokenAsync($"/Contacts/{scene.ContactId}/{action}", token,
            ("version", version.ToString()), ("Input.Kind", "Person"), ("Input.FirstName", "Taken"), ("Input.LastName", "Over"),
            ("responsibleUserId", scene.RepId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(version, await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().Where(c => c.Id == scene.ContactId).Select(c => c.Version).SingleAsync()));
    }

    [Fact]
    public async Task Revoking_the_grant_hides_the_contact_on_the_reps_next_request()
    {
        var scene = await ArrangeAsync(grantToRep: true);
        using var before = await scene.Rep.GetAsync(new Uri($"/Contacts/{scene.ContactId}", UriKind.Relative));
        await factory.WithDbAsync(db => db.AccessClassUserGrants.Where(g => g.AccessClassId == scene.AccessClassId).ExecuteDeleteAsync());

        using var after = await scene.Rep.GetAsync(new Uri($"/Contacts/{scene.ContactId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    private async Task<Scene> ArrangeAsync(bool grantToRep)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"holder-{tag}@test.local", Roles.SalesRep);
        var ownerId = await factory.CreateUserAsync($"owner-{tag}@test.local", Roles.SalesRep);
        var accessClassId = grantToRep
            ? await AccessClassBuilder.SaveAsync(factory, "Key accounts " + tag, repId)
            : await AccessClassBuilder.SaveAsync(factory, "Key accounts " + tag);
        var lastName = "Classed" + tag;
        var contactId = await ContactBuilder.Person("Rūta", lastName).OwnedBy(ownerId).InAccessClass(accessClassId).SaveAsync(factory);
        var rep = await factory.SignedInClientAsync($"holder-{tag}@test.local");
        return new Scene(rep, repId, accessClassId, contactId, lastName);
    }

    private sealed record Scene(HttpClient Rep, string RepId, int AccessClassId, int ContactId, string LastName);
}
