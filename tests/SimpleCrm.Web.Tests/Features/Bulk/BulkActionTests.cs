using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Bulk;

/// <summary>Bulk actions through HTTP: the form, the inline run, the background job and its progress, and who may do what.</summary>
public sealed class BulkActionTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Tagging_the_basket_from_the_bulk_form_tags_the_selected_contacts_and_says_how_many_changed()
    {
        var (rep, email) = await NewRepAsync("tag");
        var first = await ContactBuilder.Person("Ala", "Zbiorcza").OwnedBy(rep).SaveAsync(factory);
        var second = await ContactBuilder.Person("Ola", "Zbiorcza").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");
        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", first.ToString(CultureInfo.InvariantCulture)), ("ids", second.ToString(CultureInfo.InvariantCulture)), ("selected", "true")))
        {
        }

        var form = await client.GetDocumentAsync("/Bulk?Selected=true");
        Assert.Contains("2", form.QuerySelector("[data-testid=bulk-target]")!.TextContent, StringComparison.Ordinal);
        using var response = await client.SubmitAsync(form, "form[data-bulk-form]", new Dictionary<string, string?> { ["Input.Action"] = "AddTags", ["Input.Tags"] = "Zbiorczy VIP" });

        Assert.Equal("/Contacts?Selected=true", response.RedirectTarget());
        var list = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains("2 of 2", list.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.ContactTags.CountAsync(ct => ct.Tag!.Name == "Zbiorczy VIP")));
        Assert.Equal(2, await factory.WithDbAsync(db => db.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Contact && h.Details == "Zbiorczy VIP")));
    }

    [Fact]
    public async Task A_bulk_action_without_its_argument_shows_the_message_on_the_form_and_changes_nothing()
    {
        var (rep, email) = await NewRepAsync("empty");
        await ContactBuilder.Person("Jan", "Bezargumentowy").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var form = await client.GetDocumentAsync("/Bulk?Search=bezargumentowy");

        using var response = await client.SubmitAsync(form, "form[data-bulk-form]", new Dictionary<string, string?> { ["Input.Action"] = "AddToList" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English("Bulk.ListRequired"), page.ValidationMessageFor("Input.ListId"));
    }

    [Fact]
    public async Task A_sales_rep_cannot_delete_tag_or_reassign_another_reps_contact_by_posting_a_filter_or_its_id()
    {
        var (_, email) = await NewRepAsync("idor");
        var (other, _) = await NewRepAsync("idor-other");
        var foreign = await ContactBuilder.Person("Nietykalny", "Zbiorczo").OwnedBy(other).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");

        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", foreign.ToString(CultureInfo.InvariantCulture)), ("selected", "true")))
        using (var deleted = await client.PostWithTokenAsync("/Bulk", token, ("Search", "nietykalny"), ("Input.Action", "Delete")))
        using (var tagged = await client.PostWithTokenAsync("/Bulk", token, ("Selected", "true"), ("Input.Action", "AddTags"), ("Input.Tags", "intruz")))
        using (var assigned = await client.PostWithTokenAsync("/Bulk", token, ("Search", "nietykalny"), ("Input.Action", "SetResponsible"), ("Input.ResponsibleUserId", other)))
        {
            var page = await deleted.ToDocumentAsync();
            Assert.Contains(ResourceFile.English("Bulk.NoContacts"), page.SummaryErrors());
        }

        var contact = await factory.WithDbAsync(db => db.Contacts.Include(c => c.Tags).SingleAsync(c => c.Id == foreign));
        Assert.False(contact.IsDeleted);
        Assert.Empty(contact.Tags);
        Assert.False(await factory.WithDbAsync(db => db.History.AnyAsync(h => h.RecordId == foreign && h.RecordType == HistoryRecordTypes.Contact)));
    }

    [Fact]
    public async Task A_contact_handed_to_another_rep_drops_out_of_the_basket_its_export_and_its_bulk_actions()
    {
        var (rep, email) = await NewRepAsync("handover");
        var (other, _) = await NewRepAsync("handover-other");
        var kept = await ContactBuilder.Person("Zostaje", "Wkoszyku").OwnedBy(rep).SaveAsync(factory);
        var handed = await ContactBuilder.Person("Przekazany", "Wkoszyku").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");
        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", kept.ToString(CultureInfo.InvariantCulture)), ("ids", handed.ToString(CultureInfo.InvariantCulture)), ("selected", "true")))
        {
        }

        await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == handed).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponsibleUserId, other)));
        using var export = await client.GetAsync(new Uri("/Contacts/Export?format=Csv&Selected=true", UriKind.Relative));
        using (await client.PostWithTokenAsync("/Bulk", token, ("Selected", "true"), ("Input.Action", "AddTags"), ("Input.Tags", "po-przekazaniu")))
        {
        }

        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("Zostaje Wkoszyku", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Przekazany", csv, StringComparison.Ordinal);
        Assert.Equal("1", (await client.GetDocumentAsync("/Contacts")).QuerySelector("[data-testid=selection-count]")?.TextContent.Trim());
        Assert.Equal([kept], await factory.WithDbAsync(db => db.ContactTags.Where(ct => ct.Tag!.Name == "po-przekazaniu").Select(ct => ct.ContactId).ToListAsync()));
    }

    [Fact]
    public async Task A_sales_rep_is_not_offered_access_classes_and_posting_one_is_refused()
    {
        var (rep, email) = await NewRepAsync("class");
        await ContactBuilder.Person("Jan", "Bezklasowy").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);

        var form = await client.GetDocumentAsync("/Bulk?Search=bezklasowy");
        using var response = await client.SubmitAsync(form, "form[data-bulk-form]", new Dictionary<string, string?> { ["Input.Action"] = "SetAccessClass" });

        Assert.Null(form.QuerySelector("option[value=SetAccessClass]"));
        var page = await response.ToDocumentAsync();
        Assert.Contains(ResourceFile.English("Bulk.AccessClassNotAllowed"), page.SummaryErrors());
    }

    [Fact]
    public async Task Over_a_thousand_contacts_go_to_a_background_job_whose_page_shows_progress_to_its_owner_only()
    {
        var managerEmail = $"bulk-job-{Guid.NewGuid():N}"[..20] + "@test.local";
        await factory.CreateUserAsync(managerEmail, Roles.Manager);
        await ContactBuilder.SaveAllAsync(factory, Enumerable.Range(1, BulkContactActions.InlineLimit + 5).Select(i => ContactBuilder.Person($"Tło{i}", "Wtleowy")));
        var client = await factory.SignedInClientAsync(managerEmail);
        var form = await client.GetDocumentAsync("/Bulk?Search=wtleowy");
        Assert.NotNull(form.QuerySelector("[data-testid=bulk-target] .small"));

        using var response = await client.SubmitAsync(form, "form[data-bulk-form]", new Dictionary<string, string?> { ["Input.Action"] = "AddTags", ["Input.Tags"] = "wtle" });

        Assert.StartsWith("/Bulk/Jobs/", response.RedirectTarget(), StringComparison.Ordinal);
        var jobId = Guid.Parse(response.RedirectTarget()["/Bulk/Jobs/".Length..]);
        var queued = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Equal("Queued", queued.QuerySelector("[data-testid=bulk-progress]")?.GetAttribute("data-status"));
        Assert.NotNull(queued.QuerySelector("[data-testid=bulk-progress]")?.GetAttribute("hx-get"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BulkJobRunner>().RunAsync(jobId, CancellationToken.None);
        }

        var done = await client.GetDocumentAsync($"/Bulk/Jobs/{jobId}/Progress");
        var progress = done.QuerySelector("[data-testid=bulk-progress]")!;
        Assert.Equal("Succeeded", progress.GetAttribute("data-status"));
        Assert.Null(progress.GetAttribute("hx-get"));
        Assert.Equal("100", progress.QuerySelector("[data-percent]")?.GetAttribute("data-percent"));
        Assert.Equal(BulkContactActions.InlineLimit + 5, await factory.WithDbAsync(db => db.ContactTags.CountAsync(ct => ct.Tag!.Name == "wtle")));
        var (_, otherEmail) = await NewRepAsync("job-other");
        var stranger = await factory.SignedInClientAsync(otherEmail);
        using var foreign = await stranger.GetAsync(new Uri($"/Bulk/Jobs/{jobId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private async Task<(string Id, string Email)> NewRepAsync(string name)
    {
        var email = $"bulk-{name}-{Guid.NewGuid():N}"[..28] + "@test.local";
        return (await factory.CreateUserAsync(email, Roles.SalesRep), email);
    }
}
