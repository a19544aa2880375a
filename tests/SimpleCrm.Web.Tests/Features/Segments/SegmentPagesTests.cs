using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Contacts;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Segments;

/// <summary>Segments through HTTP: saved from the contact list's filters, opened as a scoped list, private or shared.</summary>
public sealed class SegmentPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Save_as_segment_carries_the_filter_to_the_form_and_the_saved_segment_opens_with_its_live_count()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var tagged = await ContactBuilder.Person("Zapisany", $"Segment{tag}").SaveAsync(factory);
        await ContactBuilder.Person("Pominięty", $"Segment{tag}").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        await TagAsync(admin, tagged, $"Seg{tag}");

        var list = await admin.GetDocumentAsync($"/Contacts?Search=Segment{tag}&Tag=seg{tag}&Kind=Person");
        var saveLink = list.QuerySelector("[data-testid=save-as-segment]")!.GetAttribute("href")!;
        var form = await admin.GetDocumentAsync(saveLink);
        using var saved = await admin.SubmitAsync(form, "form[data-testid=segment-form]", new Dictionary<string, string?> { ["Name"] = $"Gorący {tag}" });
        var id = await factory.WithDbAsync(db => db.Segments.Where(s => s.Name == $"Gorący {tag}").Select(s => s.Id).SingleAsync());
        var page = await admin.GetDocumentAsync(saved.RedirectTarget());

        Assert.StartsWith("/Segments/New?", saveLink, StringComparison.Ordinal);
        Assert.Equal($"Segment{tag}", form.QuerySelector("input[name='Filter.Search']")?.GetAttribute("value"));
        Assert.Equal($"seg{tag}", form.QuerySelector("input[name='Filter.Tag']")?.GetAttribute("value"));
        Assert.Equal($"/Contacts?SegmentId={id}", saved.RedirectTarget());
        Assert.Equal([$"/Contacts/{tagged}"], page.RowLinks());
        Assert.Equal($"Gorący {tag}", page.QuerySelector("[data-testid=scope-name]")?.TextContent);
        Assert.Equal("Contacts now: 1", page.QuerySelector("[data-testid=scope-count]")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-testid=save-as-segment]"));
        Assert.Contains($"SegmentId={id}", page.QuerySelector("table.contact-list thead th a")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_segment_saved_from_a_lists_page_keeps_the_list_among_its_criteria()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var member = await ContactBuilder.Person("Członek", $"Źródła{tag}").SaveAsync(factory);
        await ContactBuilder.Person("Nieczłonek", $"Źródła{tag}").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var listId = await Lists.ListSteps.CreateListAsync(admin, factory, $"Źródło {tag}");
        (await Lists.ListSteps.AddToListAsync(admin, member, listId)).Dispose();

        var listPage = await admin.GetDocumentAsync(Lists.ListSteps.PageOf(listId) + $"&Kind=Person");
        var form = await admin.GetDocumentAsync(listPage.QuerySelector("[data-testid=save-as-segment]")!.GetAttribute("href")!);
        using var saved = await admin.SubmitAsync(form, "form[data-testid=segment-form]", new Dictionary<string, string?> { ["Name"] = $"Z listy {tag}" });
        var page = await admin.GetDocumentAsync(saved.RedirectTarget());

        Assert.NotNull(form.QuerySelector($"select[name='Filter.ListIds'] option[value='{listId}'][selected]"));
        Assert.Equal([$"/Contacts/{member}"], page.RowLinks());
        Assert.Equal("Contacts now: 1", page.QuerySelector("[data-testid=scope-count]")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_private_segment_is_not_listed_not_usable_by_id_and_not_editable_by_anyone_else()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await factory.CreateUserAsync($"owner-{tag}@test.local", Roles.SalesRep);
        await factory.CreateUserAsync($"other-{tag}@test.local", Roles.Manager);
        var owner = await factory.SignedInClientAsync($"owner-{tag}@test.local");
        var other = await factory.SignedInClientAsync($"other-{tag}@test.local");
        var privateId = await SaveAsync(owner, $"Prywatny {tag}", shared: false);
        var sharedId = await SaveAsync(owner, $"Wspólny {tag}", shared: true);
        var token = await other.AntiforgeryTokenAsync("/Segments");

        var index = await other.GetDocumentAsync("/Segments");
        using var byId = await other.GetAsync(new Uri($"/Contacts?SegmentId={privateId}", UriKind.Relative));
        using var show = await other.GetAsync(new Uri($"/Segments/{privateId}", UriKind.Relative));
        using var edit = await other.GetAsync(new Uri($"/Segments/{privateId}/Edit", UriKind.Relative));
        using var editShared = await other.PostWithTokenAsync($"/Segments/{sharedId}/Edit", token, ("Name", "Przejęty"));
        using var deleteShared = await other.PostWithTokenAsync($"/Segments/{sharedId}/Delete", token);
        using var sharedPage = await other.GetAsync(new Uri($"/Contacts?SegmentId={sharedId}", UriKind.Relative));
        using var export = await other.GetAsync(new Uri($"/Contacts/Export?format=Csv&SegmentId={privateId}", UriKind.Relative));
        using var bulk = await other.GetAsync(new Uri($"/Bulk?SegmentId={privateId}", UriKind.Relative));

        Assert.Null(index.QuerySelector($"tr[data-segment='Prywatny {tag}']"));
        Assert.NotNull(index.QuerySelector($"tr[data-segment='Wspólny {tag}']"));
        Assert.Null(index.QuerySelector($"tr[data-segment='Wspólny {tag}'] a[href$='/Edit']"));
        Assert.All([byId, show, edit, editShared, deleteShared, export, bulk], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, sharedPage.StatusCode);
        Assert.Equal($"Wspólny {tag}", await factory.WithDbAsync(db => db.Segments.Where(s => s.Id == sharedId).Select(s => s.Name).SingleAsync()));
        Assert.NotNull((await owner.GetDocumentAsync("/Segments")).QuerySelector($"tr[data-segment='Prywatny {tag}'] a[href='/Segments/{privateId}/Edit']"));
    }

    [Fact]
    public async Task A_sales_rep_counts_and_sees_only_their_own_contacts_in_a_shared_segment()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"rep-{tag}@test.local", Roles.SalesRep);
        var otherId = await factory.CreateUserAsync($"other-{tag}@test.local", Roles.SalesRep);
        var own = await ContactBuilder.Person("Własny", $"Liczony{tag}").OwnedBy(repId).SaveAsync(factory);
        await ContactBuilder.Person("Obcy", $"Liczony{tag}").OwnedBy(otherId).SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var id = await SaveAsync(admin, $"Liczony {tag}", shared: true, ("Filter.Search", $"Liczony{tag}"));
        var rep = await factory.SignedInClientAsync($"rep-{tag}@test.local");

        var index = await rep.GetDocumentAsync("/Segments");
        var page = await rep.GetDocumentAsync($"/Contacts?SegmentId={id}");
        var adminIndex = await admin.GetDocumentAsync("/Segments");

        Assert.Equal("1", index.QuerySelector($"tr[data-segment='Liczony {tag}'] [data-testid=contact-count]")?.TextContent);
        Assert.Equal("2", adminIndex.QuerySelector($"tr[data-segment='Liczony {tag}'] [data-testid=contact-count]")?.TextContent);
        Assert.Equal([$"/Contacts/{own}"], page.RowLinks());
        Assert.Equal("Contacts now: 1", page.QuerySelector("[data-testid=scope-count]")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_segment_with_all_tags_is_narrower_than_with_any_and_a_created_range_in_the_future_matches_nobody()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var both = await ContactBuilder.Person("Oba", $"Tagi{tag}").SaveAsync(factory);
        var one = await ContactBuilder.Person("Jeden", $"Tagi{tag}").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        await TagAsync(admin, both, $"A{tag}, B{tag}");
        await TagAsync(admin, one, $"A{tag}");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var any = await SaveAsync(admin, $"Dowolny {tag}", false, ("Filter.Tag", $"A{tag}, B{tag}"), ("Filter.AllTags", "false"));
        var all = await SaveAsync(admin, $"Wszystkie {tag}", false, ("Filter.Tag", $"A{tag}, B{tag}"), ("Filter.AllTags", "true"));
        var upToToday = await SaveAsync(admin, $"Do dziś {tag}", false, ("Filter.Tag", $"A{tag}"), ("Filter.CreatedFrom", today), ("Filter.CreatedTo", today));
        var fromTomorrow = await SaveAsync(admin, $"Od jutra {tag}", false, ("Filter.Tag", $"A{tag}"), ("Filter.CreatedFrom", tomorrow));

        Assert.Equal(new[] { $"/Contacts/{both}", $"/Contacts/{one}" }.Order(StringComparer.Ordinal), (await RowsAsync(admin, any)).Order(StringComparer.Ordinal));
        Assert.Equal([$"/Contacts/{both}"], await RowsAsync(admin, all));
        Assert.Equal(2, (await RowsAsync(admin, upToToday)).Count);
        Assert.Empty(await RowsAsync(admin, fromTomorrow));
        var index = await admin.GetDocumentAsync("/Segments");
        Assert.Contains($"Tags (all of them): A{tag}, B{tag}", index.QuerySelector($"tr[data-segment='Wszystkie {tag}'] [data-testid=criteria]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Tags (any of them): A{tag}, B{tag}", index.QuerySelector($"tr[data-segment='Dowolny {tag}'] [data-testid=criteria]")?.TextContent, StringComparison.Ordinal);
        var edit = await admin.GetDocumentAsync($"/Segments/{all}/Edit");
        Assert.NotNull(edit.QuerySelector("select[name='Filter.AllTags'] option[value=true][selected]"));
        Assert.Equal(today, (await admin.GetDocumentAsync($"/Segments/{upToToday}/Edit")).QuerySelector("input[name='Filter.CreatedTo']")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pl")]
    [InlineData("lt")]
    [InlineData("sk")]
    [InlineData("ru")]
    public async Task The_created_dates_of_a_segment_survive_the_form_in_every_language(string culture)
    {
        await factory.CreateUserAsync($"dates-{culture}@test.local", Roles.SalesRep);
        var client = await factory.SignedInClientAsync($"dates-{culture}@test.local");
        (await client.SwitchLanguageAsync(culture, "/Segments")).Dispose();

        var id = await SaveAsync(client, $"Daty {culture}", false, ("Filter.CreatedFrom", "2026-01-31"), ("Filter.CreatedTo", "2026-12-01"));
        var edit = await client.GetDocumentAsync($"/Segments/{id}/Edit");
        var filter = await factory.WithDbAsync(db => db.Segments.Where(s => s.Id == id).Select(s => s.Filter).SingleAsync());

        Assert.Equal("2026-01-31", edit.QuerySelector("input[name='Filter.CreatedFrom']")?.GetAttribute("value"));
        Assert.Equal("2026-12-01", edit.QuerySelector("input[name='Filter.CreatedTo']")?.GetAttribute("value"));
        Assert.Contains("\"createdFrom\":\"2026-01-31\"", filter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reversed_dates_and_a_missing_name_are_refused_on_the_form()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync("/Segments/New"), "form[data-testid=segment-form]",
            new Dictionary<string, string?> { ["Name"] = " ", ["Filter.CreatedFrom"] = "2026-05-02", ["Filter.CreatedTo"] = "2026-05-01" });
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English("Segments.DatesReversed"), page.ValidationMessageFor("Filter.CreatedTo"));
        Assert.NotNull(page.ValidationMessageFor("Name"));
        Assert.Equal("2026-05-02", page.QuerySelector("input[name='Filter.CreatedFrom']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_owner_edits_and_deletes_a_segment()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await factory.CreateUserAsync($"editor-{tag}@test.local", Roles.SalesRep);
        var owner = await factory.SignedInClientAsync($"editor-{tag}@test.local");
        var id = await SaveAsync(owner, $"Do edycji {tag}", shared: false);

        using var edited = await owner.SubmitAsync(await owner.GetDocumentAsync($"/Segments/{id}/Edit"), "form[data-testid=segment-form]",
            new Dictionary<string, string?> { ["Name"] = $"Po edycji {tag}", ["Filter.Kind"] = "Company" });
        using var deleted = await owner.SubmitAsync(await owner.GetDocumentAsync("/Segments"), $"form[action='/Segments/{id}/Delete']");

        Assert.Equal($"/Contacts?SegmentId={id}", edited.RedirectTarget());
        Assert.Equal("/Segments", deleted.RedirectTarget());
        Assert.False(await factory.WithDbAsync(db => db.Segments.AnyAsync(s => s.Id == id)));
    }

    private async Task<int> SaveAsync(HttpClient client, string name, bool shared, params (string Name, string Value)[] criteria)
    {
        var changes = new Dictionary<string, string?> { ["Name"] = name, ["IsShared"] = null };
        foreach (var (field, value) in criteria)
        {
            changes[field] = value;
        }

        var extra = shared ? new[] { new KeyValuePair<string, string>("IsShared", "true") } : [];
        using var response = await client.SubmitAsync(await client.GetDocumentAsync("/Segments/New"), "form[data-testid=segment-form]", changes, [.. extra, new("IsShared", "false")]);
        var id = await factory.WithDbAsync(db => db.Segments.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        Assert.Equal($"/Contacts?SegmentId={id}", response.RedirectTarget());
        Assert.Equal(shared, await factory.WithDbAsync(db => db.Segments.Where(s => s.Id == id).Select(s => s.IsShared).SingleAsync()));
        return id;
    }

    private static async Task<List<string>> RowsAsync(HttpClient client, int segmentId) =>
        (await client.GetDocumentAsync($"/Contacts?SegmentId={segmentId}")).RowLinks();

    private static async Task TagAsync(HttpClient client, int contactId, string names)
    {
        var token = await client.AntiforgeryTokenAsync("/Segments");
        using var response = await client.PostWithTokenAsync($"/Contacts/{contactId}/Tags", token, ("Names", names));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
