using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadConversion;

/// <summary>ASVS 4.2.1 (IDOR): a sales rep converts only leads they see, into or onto contacts they see, whatever ids they post.</summary>
public sealed class LeadConversionVisibilityTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_sales_rep_gets_not_found_for_the_conversion_page_of_another_reps_lead()
    {
        var scene = await ArrangeAsync();

        using var response = await scene.Rep.GetAsync(new Uri($"/Leads/{scene.OthersLeadId}/Convert", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Cudzy " + scene.Tag, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sales_rep_cannot_convert_another_reps_lead_by_posting_its_id()
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene.OthersLeadId);
        var token = await scene.Rep.AntiforgeryTokenAsync($"/Leads/{scene.OwnLeadId}/Convert");

        using var response = await scene.Rep.PostWithTokenAsync($"/Leads/{scene.OthersLeadId}/Convert", token,
            ("version", before.Version.ToString()), ("Input.Target", "Person"), ("Input.LastName", "Przejęty" + scene.Tag));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene.OthersLeadId));
        Assert.False(await factory.WithDbAsync(db => db.Contacts.AnyAsync(c => c.LastName == "Przejęty" + scene.Tag)));
    }

    [Fact]
    public async Task A_sales_rep_cannot_assign_another_reps_lead_nor_their_own_lead_to_another_reps_contact()
    {
        var scene = await ArrangeAsync();
        var others = await SnapshotAsync(scene.OthersLeadId);
        var own = await SnapshotAsync(scene.OwnLeadId);
        var token = await scene.Rep.AntiforgeryTokenAsync($"/Leads/{scene.OwnLeadId}/Convert");

        using var othersLead = await scene.Rep.PostWithTokenAsync($"/Leads/{scene.OthersLeadId}/Convert/Assign", token,
            ("contactId", Id(scene.OwnContactId)), ("version", others.Version.ToString()));
        using var othersContact = await scene.Rep.PostWithTokenAsync($"/Leads/{scene.OwnLeadId}/Convert/Assign", token,
            ("contactId", Id(scene.OthersContactId)), ("version", own.Version.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, othersLead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersContact.StatusCode);
        Assert.Equal(others, await SnapshotAsync(scene.OthersLeadId));
        Assert.Equal(own, await SnapshotAsync(scene.OwnLeadId));
    }

    [Fact]
    public async Task The_search_for_a_contact_to_assign_to_offers_only_contacts_the_sales_rep_sees()
    {
        var scene = await ArrangeAsync();

        var page = await scene.Rep.GetDocumentAsync($"/Leads/{scene.OwnLeadId}/Convert?term={scene.Tag}");

        Assert.Equal(
            [Id(scene.OwnContactId)],
            page.QuerySelectorAll("[data-testid=found-contacts] button[name=contactId]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Owner_and_access_class_posted_with_a_conversion_are_ignored()
    {
        var scene = await ArrangeAsync();
        var repId = await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == scene.OwnLeadId).Select(l => l.ResponsibleUserId).SingleAsync());
        var classId = await AccessClassBuilder.SaveAsync(factory, "Przejęte " + scene.Tag);
        var page = await scene.Rep.GetDocumentAsync($"/Leads/{scene.OwnLeadId}/Convert");

        using var response = await scene.Rep.SubmitAsync(page, "form[data-conversion-form]",
            new Dictionary<string, string?> { ["Input.Target"] = "Person", ["Input.LastName"] = "Nadpisany" + scene.Tag },
            [new("Input.ResponsibleUserId", scene.OthersOwnerId), new("Input.AccessClassId", Id(classId)), new("ResponsibleUserId", scene.OthersOwnerId)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Contacts.Where(c => c.LastName == "Nadpisany" + scene.Tag).Select(c => new { c.ResponsibleUserId, c.AccessClassId }).SingleAsync());
        Assert.Equal((repId, (int?)null), (saved.ResponsibleUserId, saved.AccessClassId));
    }

    private async Task<Scene> ArrangeAsync()
    {
        var tag = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))));
        var ownerEmail = $"conv-owner-{tag}@test.local";
        var repEmail = $"conv-rep-{tag}@test.local";
        var ownerId = await factory.CreateUserAsync(ownerEmail, Roles.SalesRep);
        var repId = await factory.CreateUserAsync(repEmail, Roles.SalesRep);
        var owner = await factory.SignedInClientAsync(ownerEmail);
        var rep = await factory.SignedInClientAsync(repEmail);
        var othersLead = await owner.CreatedLeadAsync("Cudzy " + tag);
        var ownLead = await rep.CreatedLeadAsync("Własny " + tag);
        var othersContact = await ContactBuilder.Person("Cudzy", "Klient" + tag).OwnedBy(ownerId).SaveAsync(factory);
        var ownContact = await ContactBuilder.Person("Własny", "Klient" + tag).OwnedBy(repId).SaveAsync(factory);
        return new Scene(rep, tag, othersLead, ownLead, othersContact, ownContact, ownerId);
    }

    private Task<Snapshot> SnapshotAsync(int id) =>
        factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id)
            .Select(l => new Snapshot(l.StatusId, l.ContactId, l.ConvertedAt, l.Version)).SingleAsync());

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record Scene(HttpClient Rep, string Tag, int OthersLeadId, int OwnLeadId, int OthersContactId, int OwnContactId, string OthersOwnerId);

    private sealed record Snapshot(int StatusId, int? ContactId, DateTime? ConvertedAt, Guid Version);
}
