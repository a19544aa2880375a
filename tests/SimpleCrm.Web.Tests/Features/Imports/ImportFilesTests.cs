using System.Net;
using System.Text;
using ClosedXML.Excel;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Imports;

/// <summary>The downloads of the imports pages: an import's error file in both formats, and the empty templates.</summary>
public sealed class ImportFilesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_csv_error_file_repeats_the_header_adds_the_reason_and_neutralises_a_formula()
    {
        var (rep, importId) = await ImportWithErrorsAsync();

        using var response = await rep.GetAsync(new Uri($"/Imports/{importId}/Errors.csv", UriKind.Relative));
        var lines = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        Assert.Equal("Imię;Nazwisko;E-mail;Reason", lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\";Nowak;anna@;Enter a valid email address, such as name@example.com.", lines[1]);
        Assert.Equal("Jan;;;The date in column Urodziny could not be read.", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task The_xlsx_error_file_holds_the_same_rows_as_text_with_a_bold_header()
    {
        var (rep, importId) = await ImportWithErrorsAsync();

        using var response = await rep.GetAsync(new Uri($"/Imports/{importId}/Errors.xlsx", UriKind.Relative));
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);

        Assert.Equal(ImportErrorFile.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Errors", sheet.Name);
        Assert.Equal(["Imię", "Nazwisko", "E-mail", "Reason"], sheet.Row(1).Cells(1, 4).Select(c => c.GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal("'=HYPERLINK(\"x\")", sheet.Cell(2, 1).GetString());
        Assert.False(sheet.Cell(2, 1).HasFormula);
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal("Enter a valid email address, such as name@example.com.", sheet.Cell(2, 4).GetString());
        Assert.Equal(("Jan", string.Empty), (sheet.Cell(3, 1).GetString(), sheet.Cell(3, 2).GetString()));
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());
    }

    [Theory]
    [InlineData("Contact", "csv", "Osoba czy firma;Imię;Nazwisko;")]
    [InlineData("Lead", "csv", "Nazwa leada;")]
    [InlineData("Contact", "xlsx", "Osoba czy firma")]
    [InlineData("Lead", "xlsx", "Nazwa leada")]
    public async Task A_template_lists_the_entitys_import_fields_in_the_users_language(string entity, string format, string start)
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using (await client.SwitchLanguageAsync("pl"))
        {
        }

        using var response = await client.GetAsync(new Uri($"/Imports/Template/{entity}.{format}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var fields = ImportFields.For(Enum.Parse<ImportEntityType>(entity));
        var polish = ResourceFile.Load(ResourceFile.PathFor("pl"));
        var expected = fields.Select(f => polish[$"Imports.Field.{f}"]).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        string[] headers;
        if (format == "csv")
        {
            var text = Encoding.UTF8.GetString(bytes[3..]).TrimEnd();
            Assert.StartsWith(start, text, StringComparison.Ordinal);
            headers = text.Split(';');
        }
        else
        {
            using var workbook = new XLWorkbook(new MemoryStream(bytes));
            headers = [.. workbook.Worksheet(1).Row(1).CellsUsed().Select(c => c.GetString())];
            Assert.Equal(start, headers[0]);
        }

        Assert.Equal(expected, headers);
    }

    [Theory]
    [InlineData("/Imports/Template/Deal.csv")]
    [InlineData("/Imports/Template/Contact.pdf")]
    [InlineData("/Imports/Template/1.csv")]
    [InlineData("/Imports/1/Errors.pdf")]
    public async Task An_unknown_entity_or_format_is_not_found(string url)
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A rep's import with two failed rows: one whose first cell is a formula, one short of cells.</summary>
    private async Task<(HttpClient Rep, int ImportId)> ImportWithErrorsAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var email = $"rep-{tag}@test.local";
        var repId = await factory.CreateUserAsync(email, Roles.SalesRep);
        var importId = await factory.AddImportAsync(repId, $"errors-{tag}.csv");
        await factory.AddImportErrorAsync(importId, 2, "Validation.InvalidEmail", [], "=HYPERLINK(\"x\")", "Nowak", "anna@");
        await factory.AddImportErrorAsync(importId, 5, ImportMessages.InvalidDate, ["Urodziny"], "Jan");
        return (await factory.SignedInClientAsync(email), importId);
    }
}
