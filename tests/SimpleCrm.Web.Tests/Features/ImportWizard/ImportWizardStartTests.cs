using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Lists;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;
using static SimpleCrm.Web.Tests.Features.ImportWizard.ImportWizardScene;

namespace SimpleCrm.Web.Tests.Features.ImportWizard;

/// <summary>The wizard's end: the preview of rows as they will be saved, and the import it starts with every choice made on the way.</summary>
public sealed class ImportWizardStartTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_polish_rep_previews_the_rows_with_their_problems_and_starts_an_import_with_every_choice()
    {
        var (client, userId) = await RepAsync(factory);
        await client.SwitchLanguageAsync("pl");
        var listId = await ListAsync("Targi " + Guid.NewGuid().ToString("N")[..6]);
        var body = "Jan;Kowalski;jan.kowalski@example.pl;601 234 567;Kraków;VIP\r\n" +
            "Żaneta;Wójcik;zla-nazwa.example.pl;;Gdańsk;\r\n" +
            "Anna;Nowak;anna@example.pl;;Łódź;\r\n";

        var settings = await UploadPageAsync(client, "kontakty.csv", PolishContacts(body));
        var mapping = await PressPageAsync(client, settings, "settings-form", "next");
        var defaults = await PressPageAsync(client, mapping, "mapping-form", "next", new Dictionary<string, string?> { [Target(mapping, "Miasto").Name] = "note" });
        var preview = await PressPageAsync(client, defaults, "defaults-form", "next", new Dictionary<string, string?>
        {
            ["Tags"] = "Targi 2026, VIP",
            ["ListId"] = listId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DuplicatePolicy"] = nameof(ImportDuplicatePolicy.Update),
        });
        using var started = await PressAsync(client, preview, "preview-form", "start");

        var rows = preview.QuerySelectorAll("[data-testid=save-preview] tbody tr");
        Assert.Equal(["2", "3", "4"], rows.Select(r => r.GetAttribute("data-row")));
        Assert.Equal(["Create", "Fail", "Create"], rows.Select(r => r.QuerySelector("[data-outcome]")!.GetAttribute("data-outcome")));
        Assert.Contains("E-mail", rows[1].QuerySelector(".import-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1", preview.QuerySelector("[data-testid=problem-count]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("+48601234567", rows[0].QuerySelectorAll("td").Select(td => td.TextContent).Single(t => t.StartsWith('+')));

        var import = await factory.WithDbAsync(db => db.Imports.AsNoTracking().Where(i => i.CreatedById == userId).SingleAsync());
        Assert.Equal($"/Imports/{import.Id}", started.RedirectTarget());
        Assert.Equal(("kontakty.csv", "Text", 1250, ";", "pl", 3), (import.OriginalFileName, import.Format, import.CodePage, import.Delimiter, import.Culture, import.RowsTotal));
        Assert.Equal((ImportEntityType.Contact, ImportDuplicatePolicy.Update, ImportStatus.Queued), (import.EntityType, import.DuplicatePolicy, import.Status));
        var columns = ImportJson.Read<List<ImportColumn>>(import.Mapping, []);
        Assert.Equal(
            [new(0, ImportTargetKind.Field, ImportFields.FirstName), new(1, ImportTargetKind.Field, ImportFields.LastName), new(2, ImportTargetKind.Field, ImportFields.Email),
             new(3, ImportTargetKind.Field, ImportFields.Phone), new(4, ImportTargetKind.Note), new(5, ImportTargetKind.Field, ImportFields.Notes)],
            columns);
        var chosen = ImportJson.Read(import.Defaults, new ImportDefaults());
        Assert.Equal((userId, listId, null, null), (chosen.ResponsibleUserId, chosen.ListId, chosen.StatusId, chosen.SourceId));
        Assert.Equal(["Targi 2026", "VIP"], chosen.Tags);
    }

    [Fact]
    public async Task Back_from_the_preview_keeps_the_defaults()
    {
        var (client, _) = await RepAsync(factory);
        var mapping = await PressPageAsync(client, await UploadPageAsync(client, "kontakty.csv", PolishContacts("Jan;Kowalski;;;;\r\n")), "settings-form", "next");
        var defaults = await PressPageAsync(client, mapping, "mapping-form", "next");
        var preview = await PressPageAsync(client, defaults, "defaults-form", "next", new Dictionary<string, string?>
        {
            ["Tags"] = "Jesień",
            ["DuplicatePolicy"] = nameof(ImportDuplicatePolicy.CreateAnyway),
        });

        var back = await PressPageAsync(client, preview, "preview-form", "back");

        Assert.Equal("Jesień", back.QuerySelector("#Tags")?.GetAttribute("value"));
        Assert.NotNull(back.QuerySelector("#DuplicatePolicy-CreateAnyway[checked]"));
    }

    [Fact]
    public async Task Start_sent_twice_opens_the_one_import_it_made()
    {
        var (client, userId) = await RepAsync(factory);
        var preview = await PreviewPageAsync(client);

        using var first = await PressAsync(client, preview, "preview-form", "start");
        using var second = await PressAsync(client, preview, "preview-form", "start");

        var imports = await factory.WithDbAsync(db => db.Imports.AsNoTracking().Where(i => i.CreatedById == userId).Select(i => i.Id).ToListAsync());
        Assert.Equal($"/Imports/{Assert.Single(imports)}", first.RedirectTarget());
        Assert.Equal(first.RedirectTarget(), second.RedirectTarget());
    }

    [Fact]
    public async Task Start_after_the_upload_was_cleaned_up_says_the_wizard_expired_and_starts_nothing()
    {
        var (client, userId) = await RepAsync(factory);
        var preview = await PreviewPageAsync(client);
        var stored = await factory.WithDbAsync(db => db.ImportUploads.Where(u => u.UserId == userId).Select(u => u.StoredFileName).SingleAsync());
        factory.Services.GetRequiredService<FileStore>().Delete(stored);

        var page = await PressPageAsync(client, preview, "preview-form", "start");

        Assert.Contains(ResourceFile.English("Imports.Wizard.Expired"), page.SummaryErrors());
        Assert.False(await factory.WithDbAsync(db => db.Imports.AnyAsync(i => i.CreatedById == userId)));
    }

    private static async Task<AngleSharp.Dom.IDocument> PreviewPageAsync(HttpClient client)
    {
        var mapping = await PressPageAsync(client, await UploadPageAsync(client, "kontakty.csv", PolishContacts("Jan;Kowalski;jan@example.pl;;;\r\n")), "settings-form", "next");
        var defaults = await PressPageAsync(client, mapping, "mapping-form", "next");
        return await PressPageAsync(client, defaults, "defaults-form", "next");
    }

    private Task<int> ListAsync(string name) =>
        factory.WithDbAsync(async db =>
        {
            var list = new ContactList { Name = name, NameKey = name.ToUpperInvariant() };
            db.ContactLists.Add(list);
            await db.SaveChangesAsync();
            return list.Id;
        });
}
