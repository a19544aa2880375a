using System.Net;
using System.Text;
using ClosedXML.Excel;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

/// <summary>Downloads of the list's filter: files, their headers, the filter and the visibility rule.</summary>
public sealed class ContactExportTests(ContactListFixture app) : IClassFixture<ContactListFixture>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task A_csv_export_is_a_dated_attachment_holding_only_the_filtered_contacts()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync("/Contacts/Export?format=Csv&delimiter=comma&Kind=Company");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^contacts-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Name,Kind,Company,", lines[0], StringComparison.Ordinal);
        Assert.Equal(["Spółka 00", "Spółka 01", "Spółka 02", "Spółka 03"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task An_xlsx_export_is_an_attachment_workbook_of_the_searched_contacts()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync("/Contacts/Export?format=Xlsx&Search=bfirma&Sort=Company&Descending=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Bfirma 04", sheet.Cell(2, 3).GetString());
        Assert.Equal("Bfirma 00", sheet.Cell(6, 3).GetString());
        Assert.True(sheet.Cell(7, 1).IsEmpty());
    }

    [Fact]
    public async Task A_sales_reps_export_holds_none_of_another_reps_contacts()
    {
        var client = await app.SignedInClientAsync("alicja@test.local");

        using var response = await client.GetAsync("/Contacts/Export?format=Csv");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Osoba A00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Osoba B00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bfirma", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_polish_the_csv_is_semicolon_separated_unless_the_user_chooses_a_comma()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);
        await client.SwitchLanguageAsync("pl");

        var byDefault = await client.GetByteArrayAsync("/Contacts/Export?format=Csv&Kind=Company");
        var chosen = await client.GetByteArrayAsync("/Contacts/Export?format=Csv&Kind=Company&delimiter=comma");

        Assert.StartsWith("Nazwa;Typ;", Encoding.UTF8.GetString(byDefault[3..]), StringComparison.Ordinal);
        Assert.StartsWith("Nazwa,Typ,", Encoding.UTF8.GetString(chosen[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_menu_keeps_the_lists_filter()
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var page = await client.GetDocumentAsync("/Contacts?Kind=Company&Search=sp&Page=1");

        var links = page.QuerySelectorAll("[data-testid=export-menu] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(4, links.Count);
        Assert.All(links, href => Assert.StartsWith("/Contacts/Export?", href, StringComparison.Ordinal));
        Assert.All(links, href => Assert.Contains("Kind=Company", href, StringComparison.Ordinal));
        Assert.All(links, href => Assert.Contains("Search=sp", href, StringComparison.Ordinal));
        Assert.Contains(links, href => href!.Contains("format=Xlsx", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/Contacts/Export?format=Pdf")]
    [InlineData("/Contacts/Export?format=Csv&delimiter=tab")]
    public async Task An_unknown_format_or_delimiter_is_a_bad_request(string url)
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_visitor_who_has_not_signed_in_gets_no_file()
    {
        var client = app.CreateBrowserlikeClient();

        using var response = await client.GetAsync("/Contacts/Export?format=Csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
