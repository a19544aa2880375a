using System.Text;
using ClosedXML.Excel;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Exports;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;

namespace SimpleCrm.Application.Tests.CustomFields;

/// <summary>The contacts export gets one column per active contact field; the list columns' read answers display values for a page.</summary>
public sealed class CustomFieldExportTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly ContactExportLabels Labels = new(
        ["Name", "Kind", "Company", "Position", "Emails", "Phones", "City", "Country", "Responsible", "Created", "Tags"], "Person", "Company")
    {
        Yes = "Tak",
        No = "Nie",
    };

    private TestUser _rep = null!;
    private int _note;
    private int _vip;
    private int _limit;
    private int _archived;

    public async Task InitializeAsync()
    {
        _rep = TestUser.SalesRep(await database.AddUserAsync("export-rep-" + Guid.NewGuid().ToString("N")[..6]));
        var admin = TestUser.Admin("export-admin");
        await using var db = database.Context(admin);
        var existing = db.CustomFields.Where(f => f.RecordType == CustomFieldRecordType.Contact).ToDictionary(f => f.Label, f => f.Id);
        if (existing.Count > 0)
        {
            (_note, _vip, _limit, _archived) = (existing["Uwagi"], existing["VIP"], existing["Limit"], existing["Old"]);
            return;
        }

        // The database is the class's: the fields are made once, by the first test.
        _note = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Text, "Uwagi")).Id;
        _vip = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.YesNo, "VIP")).Id;
        _limit = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Money, "Limit")).Id;
        _archived = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Text, "Old")).Id;
        await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Lead field");
        await TestDatabase.CustomFieldAdministration(db, admin).SetArchivedAsync(_archived, true, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_csv_export_has_a_column_per_active_contact_field_with_formulas_neutralised()
    {
        await InCultureAsync("en", () => database.AddContactAsync(_rep, ContactInputBuilder.APerson("Csv", "Custom").OwnedBy(_rep.UserId)
            .With(i => i.CustomFields = [Entry(_note, "=HYPERLINK(\"x\")"), Entry(_vip, "true"), Money(_limit, "1234.5", "PLN")]).Build()));

        var bytes = await ExportAsync(ExportFormat.Csv, new ContactListQuery { Search = "csv custom" });

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', [.. Labels.Headers, "Uwagi", "VIP", "Limit"]), lines[0]);
        Assert.EndsWith(";\"'=HYPERLINK(\"\"x\"\")\";Tak;1234.50 PLN", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_export_carries_the_custom_columns_as_text()
    {
        await InCultureAsync("pl", () => database.AddContactAsync(_rep, ContactInputBuilder.APerson("Xlsx", "Custom").OwnedBy(_rep.UserId)
            .With(i => i.CustomFields = [Entry(_vip, "false"), Money(_limit, "10,5", "eur")]).Build()));

        var bytes = await ExportAsync(ExportFormat.Xlsx, new ContactListQuery { Search = "xlsx custom" });

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Uwagi", sheet.Cell(1, 12).GetString());
        Assert.Equal("Limit", sheet.Cell(1, 14).GetString());
        Assert.True(sheet.Cell(1, 15).IsEmpty());
        Assert.Equal(("", "Nie", "10.50 EUR"), (sheet.Cell(2, 12).GetString(), sheet.Cell(2, 13).GetString(), sheet.Cell(2, 14).GetString()));
    }

    [Fact]
    public async Task The_columns_read_answers_a_pages_values_and_leaves_out_records_the_user_may_not_see()
    {
        var other = TestUser.SalesRep(await database.AddUserAsync("export-other-" + Guid.NewGuid().ToString("N")[..6]));
        var mine = await database.AddContactAsync(_rep, ContactInputBuilder.APerson("Col", "Mine").OwnedBy(_rep.UserId).With(i => i.CustomFields = [Entry(_vip, "true")]).Build());
        var theirs = await database.AddContactAsync(other, ContactInputBuilder.APerson("Col", "Theirs").OwnedBy(other.UserId).With(i => i.CustomFields = [Entry(_vip, "true")]).Build());

        await using var db = database.Context(_rep);
        var columns = await TestDatabase.CustomFieldReader(db, _rep).ColumnsAsync(CustomFieldRecordType.Contact, [_vip, _note], [mine, theirs], None);
        var wrongType = await TestDatabase.CustomFieldReader(db, _rep).ColumnsAsync(CustomFieldRecordType.Lead, [_vip], [mine], None);

        Assert.Equal([(mine, _vip)], columns.Keys);
        Assert.True(columns[(mine, _vip)].Bool);
        Assert.Empty(wrongType);
    }

    private async Task<byte[]> ExportAsync(ExportFormat format, ContactListQuery query)
    {
        await using var db = database.Context(_rep);
        var export = new ContactExport(db, TestDatabase.Queries(db, _rep), TestDatabase.CustomFieldReader(db, _rep), _rep);
        using var output = new MemoryStream();
        await export.WriteAsync(output, query, format, ';', Labels, "Contacts", None);
        return output.ToArray();
    }
}
