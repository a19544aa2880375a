using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadCard;

/// <summary>ASVS 4.2.1 (IDOR): the related records of a lead a sales rep may not see answer 404, whatever id is typed.</summary>
public sealed class LeadCardVisibilityTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("/Leads/{lead}?tab=people")]
    [InlineData("/Leads/{lead}/People/{person}/Edit")]
    [InlineData("/Notes/{note}/Edit")]
    [InlineData("/Files/{file}")]
    public async Task Another_sales_rep_gets_not_found_for_every_read(string urlFormat)
    {
        var scene = await ArrangeAsync();

        using var response = await scene.Stranger.GetAsync(new Uri(scene.Url(urlFormat), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Tajna", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Leads/{lead}/People")]
    [InlineData("/Leads/{lead}/People/{person}/Edit")]
    [InlineData("/Leads/{lead}/People/{person}/Delete")]
    [InlineData("/Notes/Lead/{lead}")]
    [InlineData("/Notes/{note}/Edit")]
    [InlineData("/Notes/{note}/Delete")]
    [InlineData("/Files/{file}/Delete")]
    public async Task Another_sales_rep_changes_nothing_with_a_valid_token(string urlFormat)
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene);
        var token = await scene.Stranger.AntiforgeryTokenAsync();

        using var response = await scene.Stranger.PostWithTokenAsync(scene.Url(urlFormat), token, ("Input.Name", "Przejęte"), ("text", "Przejęte"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Fact]
    public async Task Another_sales_rep_cannot_upload_to_the_lead()
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene);

        using var response = await scene.Stranger.UploadAsync($"/Files/Lead/{scene.LeadId}", "wtracenie.txt", Encoding.UTF8.GetBytes("Przejęte"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene));
    }

    [Fact]
    public async Task A_persons_id_under_the_reps_own_lead_is_no_way_in()
    {
        var scene = await ArrangeAsync();
        var ownLead = await LeadCardScene.ArrangeAsync(factory);
        var token = await ownLead.Owner.AntiforgeryTokenAsync();

        using var response = await ownLead.Owner.PostWithTokenAsync($"/Leads/{ownLead.LeadId}/People/{scene.PersonId}/Edit", token, ("Input.Name", "Przejęte"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Tajna Osoba", await factory.WithDbAsync(db => db.LeadContactPersons.Where(p => p.Id == scene.PersonId).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_record_type_answers_not_found()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync();

        using var response = await admin.PostWithTokenAsync("/Notes/Deal/1", token, ("text", "Notatka"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Scene> ArrangeAsync()
    {
        var owner = await LeadCardScene.ArrangeAsync(factory);
        var token = await owner.Owner.AntiforgeryTokenAsync();
        using (await owner.Owner.PostWithTokenAsync($"/Leads/{owner.LeadId}/People", token, ("Input.Name", "Tajna Osoba")))
        using (await owner.Owner.PostWithTokenAsync($"/Notes/Lead/{owner.LeadId}", token, ("text", "Tajna notatka")))
        using (await owner.Owner.UploadAsync($"/Files/Lead/{owner.LeadId}", "tajne.txt", Encoding.UTF8.GetBytes("Tajna treść"), token))
        {
        }

        var ids = await factory.WithDbAsync(async db => (
            Person: await db.LeadContactPersons.Where(p => p.LeadId == owner.LeadId).Select(p => p.Id).SingleAsync(),
            Note: await db.Notes.Where(n => n.RecordType == "Lead" && n.RecordId == owner.LeadId).Select(n => n.Id).SingleAsync(),
            File: await db.Files.Where(f => f.RecordType == "Lead" && f.RecordId == owner.LeadId).Select(f => f.Id).SingleAsync()));
        return new Scene(await LeadCardScene.StrangerAsync(factory), owner.LeadId, ids.Person, ids.Note, ids.File);
    }

    private Task<string> SnapshotAsync(Scene scene) => factory.WithDbAsync(async db => string.Join(" | ",
        string.Join(",", await db.LeadContactPersons.Where(p => p.LeadId == scene.LeadId).Select(p => p.Id + p.Name).ToListAsync()),
        string.Join(",", await db.Notes.Where(n => n.RecordType == "Lead" && n.RecordId == scene.LeadId).Select(n => n.Id + n.Text).ToListAsync()),
        string.Join(",", await db.Files.Where(f => f.RecordType == "Lead" && f.RecordId == scene.LeadId).Select(f => f.Id + f.FileName).ToListAsync())));

    private sealed record Scene(HttpClient Stranger, int LeadId, int PersonId, int NoteId, int FileId)
    {
        public string Url(string format) => format
            .Replace("{lead}", LeadId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{person}", PersonId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{note}", NoteId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{file}", FileId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
