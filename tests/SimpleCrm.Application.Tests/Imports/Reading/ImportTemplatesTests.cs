using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;

// Not "...Tests.Imports": CA1716 reserves the word (a Visual Basic keyword) in public namespaces.
namespace SimpleCrm.Application.Tests.ImportReading;

public sealed class ImportTemplatesTests
{
    [Fact]
    public async Task The_contact_csv_template_lists_the_fields_in_the_users_language_with_a_byte_order_mark()
    {
        var output = new MemoryStream();
        var headers = ImportTemplates.Headers(ImportTemplates.Fields(ImportEntityType.Contact), key => key == "Imports.Field.FirstName" ? "Imię" : key);

        await ImportTemplates.WriteCsvAsync(output, headers, ImportTemplates.CsvDelimiter(CultureInfo.GetCultureInfo("pl")), CancellationToken.None);

        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Imports.Field.Kind;Imię;Imports.Field.LastName;", text, StringComparison.Ordinal);
        Assert.Contains("Imports.Field.Notes;Imports.Field.Tags", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_xlsx_template_reads_back_as_a_table_of_its_fields()
    {
        var output = new MemoryStream();
        var headers = ImportTemplates.Headers(ImportTemplates.Fields(ImportEntityType.Lead), key => key);

        await ImportTemplates.WriteXlsxAsync(output, headers, "Leads", CancellationToken.None);

        output.Position = 0;
        using var workbook = new XLWorkbook(output);
        var row = workbook.Worksheet("Leads").Row(1);
        Assert.Equal("Imports.Field.Name", row.Cell(1).GetString());
        Assert.Equal("Imports.Field.EstimatedAmount", row.Cell(17).GetString());
        Assert.Equal(ImportTemplates.Fields(ImportEntityType.Lead).Count, row.CellsUsed().Count());
    }

    [Fact]
    public void English_templates_use_commas()
    {
        Assert.Equal(',', ImportTemplates.CsvDelimiter(CultureInfo.GetCultureInfo("en")));
    }
}
