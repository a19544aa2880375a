using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Imports.Mapping;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Imports;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;
using static SimpleCrm.Web.Tests.Features.ImportWizard.ImportWizardScene;

namespace SimpleCrm.Web.Tests.Features.ImportWizard;

/// <summary>/Imports/New over HTTP: who may use it, the upload's checks, the sealed state, the mapping's rules.</summary>
public sealed class ImportWizardTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static readonly string[] LeadHeaders = ["Nazwa leada", "Źródło", "Kwota"];

    private static readonly string[] PolishHeaders = ["Imię", "Nazwisko", "E-mail", "Telefon", "Miasto", "Uwagi"];

    public static TheoryData<string, string, byte[]> Garbage => new()
    {
        { ImportReadMessages.EmptyFile, "pusty.csv", [] },
        { ImportReadMessages.NoDataRows, "naglowek.csv", Encoding.UTF8.GetBytes("Imię;Nazwisko;E-mail\r\n") },
        { ImportReadMessages.BinaryFile, "program.csv", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00, 0x01, 0x00] },
        { ImportReadMessages.NotASpreadsheet, "archiwum.xlsx", Zip() },
        { ImportReadMessages.UnsupportedEncoding, "utf32.csv", [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x3B, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00] },
        { ImportReadMessages.LineTooLong, "linia.csv", Encoding.ASCII.GetBytes("Name;Email\n" + new string('x', 30 * 1024 * 1024)) },
        { SimpleCrm.Web.Features.ImportWizard.ImportWizardMessages.UnsupportedExtension, "kontakty.pdf", Encoding.UTF8.GetBytes("Imię;Nazwisko\nJan;Kowalski\n") },
    };

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal("/Account/Login", response.RedirectPath());
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var (client, _) = await RepAsync(factory);
        var before = StoredFiles();

        using var response = await UploadAsync(client, "kontakty.csv", PolishContacts("Jan;Kowalski;jan@example.pl;;;\r\n"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, StoredFiles());
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_gets_its_message_on_the_upload_form_and_is_not_kept(string messageKey, string fileName, byte[] content)
    {
        var (client, userId) = await RepAsync(factory);
        var before = StoredFiles();

        using var response = await UploadAsync(client, fileName, content);
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form[data-testid=upload-form]"));
        var expected = ResourceFile.English(messageKey).Replace("{0}", ".csv, .tsv, .txt, .xlsx, .xls", StringComparison.Ordinal);
        Assert.Equal([expected], page.SummaryErrors());
        Assert.Equal(before, StoredFiles());
        Assert.False(await factory.WithDbAsync(db => db.ImportUploads.AnyAsync(u => u.UserId == userId)));
    }

    [Fact]
    public async Task A_kept_upload_is_recorded_for_the_cleanup_under_its_stored_name_and_uploader()
    {
        var (client, userId) = await RepAsync(factory);
        var before = StoredFiles();

        await UploadPageAsync(client, "kontakty.csv", PolishContacts("Jan;Kowalski;jan@example.pl;;;\r\n"));

        var stored = Assert.Single(StoredFiles().Except(before));
        var upload = await factory.WithDbAsync(db => db.ImportUploads.AsNoTracking().SingleAsync(u => u.UserId == userId));
        Assert.Equal(Path.GetFileName(stored), upload.StoredFileName);
    }

    [Fact]
    public async Task A_windows_1250_semicolon_file_is_read_as_such_and_its_polish_headers_map_by_themselves()
    {
        var (client, _) = await RepAsync(factory);

        var settings = await UploadPageAsync(client, "kontakty.csv", PolishContacts("Zażółć;Gęślą;jazn@example.pl;601 234 567;Łódź;VIP\r\n"));
        var mapping = await PressPageAsync(client, settings, "settings-form", "next");

        Assert.Equal("1250", settings.QuerySelector("#CodePage option[selected]")?.GetAttribute("value"));
        Assert.Equal(";", settings.QuerySelector("#Delimiter option[selected]")?.GetAttribute("value"));
        Assert.Contains("Windows-1250", settings.QuerySelector("[data-testid=file-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Zażółć", "Gęślą", "jazn@example.pl", "601 234 567", "Łódź", "VIP"], Cells(settings).First());
        Assert.Equal(
            ["f:FirstName", "f:LastName", "f:Email", "f:Phone", "f:City", "f:Notes"],
            PolishHeaders.Select(h => Target(mapping, h).Value));
    }

    [Fact]
    public async Task Choosing_another_encoding_re_reads_the_preview_with_it()
    {
        var (client, _) = await RepAsync(factory);
        var settings = await UploadPageAsync(client, "kontakty.csv", PolishContacts("Zażółć;Gęślą;;;Łódź;\r\n"));

        var reread = await PressPageAsync(client, settings, "settings-form", "apply", new Dictionary<string, string?> { ["CodePage"] = "1252" });

        Assert.Equal("1252", reread.QuerySelector("#CodePage option[selected]")?.GetAttribute("value"));
        Assert.Equal("Za¿ó³æ", Cells(reread).First()[0]);
    }

    [Fact]
    public async Task A_workbook_offers_its_sheets_and_reads_the_one_chosen()
    {
        var (client, _) = await RepAsync(factory);
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        workbook.AddWorksheet("Arkusz1").Cell(1, 1).SetValue("Imię");
        workbook.Worksheet("Arkusz1").Cell(2, 1).SetValue("Jan");
        workbook.AddWorksheet("Targi").Cell(1, 1).SetValue("Nazwisko");
        workbook.Worksheet("Targi").Cell(2, 1).SetValue("Wójcik");
        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);

        var settings = await UploadPageAsync(client, "kontakty.xlsx", bytes.ToArray());
        var second = await PressPageAsync(client, settings, "settings-form", "apply", new Dictionary<string, string?> { ["Sheet"] = "Targi" });

        Assert.Equal(["Arkusz1", "Targi"], settings.QuerySelectorAll("#Sheet option").Select(o => o.TextContent));
        Assert.Null(settings.QuerySelector("#CodePage"));
        Assert.Equal("Jan", Cells(settings).Single().Single());
        Assert.Equal("Wójcik", Cells(second).Single().Single());
        Assert.Equal("Targi", second.QuerySelector("#Sheet option[selected]")?.TextContent);
    }

    [Fact]
    public async Task A_lead_file_maps_to_lead_fields_its_defaults_offer_status_and_source_but_no_list_and_it_previews()
    {
        var (client, _) = await RepAsync(factory);
        var settings = await UploadPageAsync(client, "leady.csv", Encoding.UTF8.GetBytes("Nazwa leada;Źródło;Kwota\nDom;Targi;1 234,50\n"), "Lead");

        var mapping = await PressPageAsync(client, settings, "settings-form", "next");
        var defaults = await PressPageAsync(client, mapping, "mapping-form", "next");
        var preview = await PressPageAsync(client, defaults, "defaults-form", "next");

        Assert.Equal(["Create"], preview.QuerySelectorAll("[data-testid=save-preview] [data-outcome]").Select(o => o.GetAttribute("data-outcome")));
        Assert.Equal(["f:Name", "f:Source", "f:EstimatedAmount"], LeadHeaders.Select(h => Target(mapping, h).Value));
        Assert.NotEmpty(defaults.QuerySelectorAll("#StatusId option"));
        Assert.NotNull(defaults.QuerySelector("#SourceId"));
        Assert.Null(defaults.QuerySelector("#ListId"));
    }

    [Fact]
    public async Task A_changed_token_sends_the_user_back_to_the_upload_with_a_message()
    {
        var (client, _) = await RepAsync(factory);
        var settings = await UploadPageAsync(client, "kontakty.csv", PolishContacts("Jan;Kowalski;;;;\r\n"));
        var token = settings.QuerySelector("input[name=token]")!.GetAttribute("value")!;

        var page = await PressPageAsync(client, settings, "settings-form", "next", new Dictionary<string, string?> { ["token"] = token[..^4] + "AAAA" });

        Assert.NotNull(page.QuerySelector("form[data-testid=upload-form]"));
        Assert.Equal([ResourceFile.English("Imports.Wizard.Expired")], page.SummaryErrors());
    }

    [Fact]
    public async Task Another_users_token_does_not_open()
    {
        var (owner, _) = await RepAsync(factory);
        var (other, _) = await RepAsync(factory);
        var settings = await UploadPageAsync(owner, "kontakty.csv", PolishContacts("Jan;Kowalski;;;;\r\n"));

        var page = await PressPageAsync(other, settings, "settings-form", "next", new Dictionary<string, string?>
        {
            [HtmlForms.TokenField] = (await other.GetDocumentAsync(Page)).AntiforgeryToken("form[data-testid=upload-form]"),
        });

        Assert.Equal([ResourceFile.English("Imports.Wizard.Expired")], page.SummaryErrors());
    }

    [Fact]
    public async Task The_mapping_cannot_go_on_without_a_name_nor_with_a_field_twice()
    {
        var (client, _) = await RepAsync(factory);
        var settings = await UploadPageAsync(client, "kontakty.csv", PolishContacts("Jan;Kowalski;jan@example.pl;;Kraków;\r\n"));
        var mapping = await PressPageAsync(client, settings, "settings-form", "next");

        var noName = await PressPageAsync(client, mapping, "mapping-form", "next", new Dictionary<string, string?>
        {
            [Target(mapping, "Imię").Name] = "",
            [Target(mapping, "Nazwisko").Name] = "note",
        });
        var twice = await PressPageAsync(client, mapping, "mapping-form", "next", new Dictionary<string, string?>
        {
            [Target(mapping, "Uwagi").Name] = "f:City",
        });

        Assert.NotNull(noName.QuerySelector("form[data-testid=mapping-form]"));
        Assert.Equal([ResourceFile.English(ImportMessages.NameNotMapped)], noName.SummaryErrors());
        Assert.Equal(("note", ""), (Target(noName, "Nazwisko").Value, Target(noName, "Imię").Value));
        Assert.Equal([ResourceFile.English(ImportMappingMessages.MappedTwice).Replace("{0}", "City", StringComparison.Ordinal)], twice.SummaryErrors());
    }

    [Fact]
    public async Task A_saved_mapping_is_offered_next_time_and_wins_over_the_headers()
    {
        var (client, _) = await RepAsync(factory);
        var mapping = await PressPageAsync(client, await UploadPageAsync(client, "kontakty.csv", PolishContacts("Jan;Kowalski;;;;\r\n")), "settings-form", "next");
        var saved = await PressPageAsync(client, mapping, "mapping-form", "save", new Dictionary<string, string?>
        {
            [Target(mapping, "Miasto").Name] = "note",
            ["SaveAsName"] = "Targi",
        });

        var next = await PressPageAsync(client, await UploadPageAsync(client, "inne.csv", PolishContacts("Anna;Nowak;;;;\r\n")), "settings-form", "next");

        Assert.Equal(ResourceFile.English("Imports.Wizard.MappingSaved"), saved.QuerySelector(".alert-success")?.TextContent.Trim());
        Assert.Equal("Targi", next.QuerySelector("#SavedMappingId option")?.TextContent);
        Assert.Equal(("note", "f:FirstName"), (Target(next, "Miasto").Value, Target(next, "Imię").Value));
    }

    [Fact]
    public async Task Back_from_the_defaults_keeps_the_mapping_and_back_again_keeps_the_read_settings()
    {
        var (client, _) = await RepAsync(factory);
        var settings = await UploadPageAsync(client, "kontakty.csv", PolishContacts("Jan;Kowalski;;;;\r\n"));
        var mapping = await PressPageAsync(client, await PressPageAsync(client, settings, "settings-form", "apply", new Dictionary<string, string?> { ["Delimiter"] = ";" , ["CodePage"] = "1257" }), "settings-form", "next");
        var defaults = await PressPageAsync(client, mapping, "mapping-form", "next", new Dictionary<string, string?> { [Target(mapping, "Miasto").Name] = "note" });

        var backToMapping = await PressPageAsync(client, defaults, "defaults-form", "back", new Dictionary<string, string?> { ["Tags"] = "Targi" });
        var backToSettings = await PressPageAsync(client, backToMapping, "mapping-form", "back");

        Assert.NotNull(defaults.QuerySelector("form[data-testid=defaults-form]"));
        Assert.Equal("note", Target(backToMapping, "Miasto").Value);
        Assert.Equal("1257", backToSettings.QuerySelector("#CodePage option[selected]")?.GetAttribute("value"));
    }

    private static List<List<string>> Cells(IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=read-preview] tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToList())];

    private string[] StoredFiles() =>
        Directory.Exists(factory.FilesRoot) ? [.. Directory.EnumerateFiles(factory.FilesRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            writer.Write("not a workbook");
        }

        return buffer.ToArray();
    }
}
