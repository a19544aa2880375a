using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Leads;

/// <summary>ASVS 4.2.1 (IDOR): a sales rep reaches only the leads they may see, whatever id they type.</summary>
public sealed class LeadVisibilityTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("/Leads/{0}")]
    [InlineData("/Leads/{0}/Edit")]
    [InlineData("/Leads/{0}/History")]
    public async Task A_sales_rep_gets_not_found_for_another_reps_lead(string urlFormat)
    {
        var scene = await ArrangeAsync();

        using var response = await scene.Rep.GetAsync(new Uri(string.Format(CultureInfo.InvariantCulture, urlFormat, scene.LeadId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(scene.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Edit")]
    [InlineData("Status")]
    [InlineData("Delete")]
    public async Task A_sales_rep_cannot_change_another_reps_lead(string action)
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene.LeadId);
        var token = await scene.Rep.AntiforgeryTokenAsync("/Leads/New");
        var junk = await factory.WithDbAsync(db => db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Junk).Select(s => s.Id).FirstAsync());
        // The strongest attempt: the lead's real concurrency token and a takeover to the rep.
        (string, string)[] fields = action switch
        {
            "Edit" => [("version", before.Version.ToString()), ("Input.Name", "Taken over"), ("Input.ResponsibleUserId", scene.RepId)],
            "Status" => [("version", before.Version.ToString()), ("statusId", junk.ToString(CultureInfo.InvariantCulture))],
            _ => [],
        };

        using var response = await scene.Rep.PostWithTokenAsync($"/Leads/{scene.LeadId}/{action}", token, fields);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene.LeadId));
    }

    [Fact]
    public async Task Another_reps_lead_never_shows_in_a_sales_reps_list()
    {
        var scene = await ArrangeAsync();
        var ownId = await scene.Rep.CreatedLeadAsync("Własny " + scene.Tag);

        var list = await scene.Rep.GetDocumentAsync($"/Leads?Search={scene.Tag}");

        Assert.Equal([$"/Leads/{ownId}"], list.RowLinks());
    }

    private async Task<Scene> ArrangeAsync()
    {
        // Letters only: a tag of mostly digits would be searched for as a phone number.
        var tag = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))));
        var ownerEmail = $"lead-owner-{tag}@test.local";
        var repEmail = $"lead-rep-{tag}@test.local";
        await factory.CreateUserAsync(ownerEmail, Roles.SalesRep);
        var repId = await factory.CreateUserAsync(repEmail, Roles.SalesRep);
        var owner = await factory.SignedInClientAsync(ownerEmail);
        var name = "Cudzy " + tag;
        var leadId = await owner.CreatedLeadAsync(name);
        return new Scene(await factory.SignedInClientAsync(repEmail), repId, leadId, name, tag);
    }

    private Task<Snapshot> SnapshotAsync(int id) =>
        factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().Where(l => l.Id == id)
            .Select(l => new Snapshot(l.Name, l.StatusId, l.ResponsibleUserId, l.IsDeleted, l.Version)).SingleAsync());

    private sealed record Scene(HttpClient Rep, string RepId, int LeadId, string Name, string Tag);

    private sealed record Snapshot(string Name, int StatusId, string? ResponsibleUserId, bool IsDeleted, Guid Version);
}
