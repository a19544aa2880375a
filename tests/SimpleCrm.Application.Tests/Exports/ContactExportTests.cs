using System.Text;
using ClosedXML.Excel;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Exports;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Exports;

/// <summary>Exports of the contact list's filter to CSV and XLSX, against real SQLite.</summary>
public sealed class ContactExportTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly ContactExportLabels Labels = new(
        ["Name", "Kind", "Company", "Position", "Emails", "Phones", "City", "Country", "Responsible", "Created", "Tags"], "Person", "Company");

    private readonly TestDatabase _database;
    private TestUser _rep = null!;
    private TestUser _otherRep = null!;
    private TestUser _manager = null!;

    public ContactExportTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _rep = TestUser.SalesRep(await _database.AddUserAsync("rep-" + suffix));
        _otherRep = TestUser.SalesRep(await _database.AddUserAsync("other-" + suffix));
        _manager = TestUser.Manager(await _database.AddUserAsync("manager-" + suffix));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_csv_export_starts_with_the_utf8_byte_order_mark_and_uses_the_chosen_delimiter()
    {
        await _database.AddContactAsync(_rep, APerson("Łucja", "Żółkiewska").With(i => i.City = "Łódź").OwnedBy(_rep.UserId).Build());

        var bytes = await ExportAsync(_rep, ExportFormat.Csv, ';', new ContactListQuery { ResponsibleUserId = _rep.UserId });

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', Labels.Headers), lines[0]);
        Assert.StartsWith("Łucja Żółkiewska;Person;", lines[1], StringComparison.Ordinal);
        Assert.Contains(";Łódź;", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comma_delimited_csv_quotes_a_value_holding_a_comma()
    {
        await _database.AddContactAsync(_rep, APerson("Comma", "Person").WithEmails("a@example.pl", "b@example.pl").OwnedBy(_rep.UserId).Build());

        var bytes = await ExportAsync(_rep, ExportFormat.Csv, ',', new ContactListQuery { Search = "comma person" });

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', Labels.Headers), lines[0]);
        Assert.Contains(",\"a@example.pl, b@example.pl\",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_export_neutralises_a_formula_typed_into_a_contact()
    {
        await _database.AddContactAsync(_rep, APerson("Formula", "Csv").With(i => i.City = "=cmd|'/C calc'!A0").OwnedBy(_rep.UserId).Build());

        var bytes = await ExportAsync(_rep, ExportFormat.Csv, ';', new ContactListQuery { Search = "formula csv" });

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains(";'=cmd|'/C calc'!A0;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_export_reads_back_with_its_values_tags_dates_and_a_neutralised_cell()
    {
        var id = await _database.AddContactAsync(_rep, APerson("Xlsx", "Reader").With(i =>
        {
            i.Position = "@boss";
            i.City = "Kaunas";
        }).WithEmails("xlsx@example.lt").OwnedBy(_rep.UserId).Build());
        await TagAsync(id, "VIP", "Łódź fair");

        var bytes = await ExportAsync(_rep, ExportFormat.Xlsx, ',', new ContactListQuery { Search = "xlsx reader" });

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Name", sheet.Cell(1, 1).GetString());
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal("Xlsx Reader", sheet.Cell(2, 1).GetString());
        Assert.Equal("'@boss", sheet.Cell(2, 4).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 4).DataType);
        Assert.Equal("xlsx@example.lt", sheet.Cell(2, 5).GetString());
        Assert.Equal("Kaunas", sheet.Cell(2, 7).GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 10).DataType);
        Assert.Equal(_database.Clock.GetUtcNow().UtcDateTime, sheet.Cell(2, 10).GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal("VIP, Łódź fair", sheet.Cell(2, 11).GetString());
        Assert.True(sheet.Cell(3, 1).IsEmpty());
    }

    [Fact]
    public async Task A_sales_reps_export_never_includes_another_reps_contact()
    {
        await _database.AddContactAsync(_rep, APerson("Visible", "Ownrow").OwnedBy(_rep.UserId).Build());
        await _database.AddContactAsync(_otherRep, APerson("Hidden", "Otherrow").OwnedBy(_otherRep.UserId).Build());

        var repCsv = Encoding.UTF8.GetString(await ExportAsync(_rep, ExportFormat.Csv, ',', new ContactListQuery()));
        var managerCsv = Encoding.UTF8.GetString(await ExportAsync(_manager, ExportFormat.Csv, ',', new ContactListQuery()));

        Assert.Contains("Visible Ownrow", repCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Otherrow", repCsv, StringComparison.Ordinal);
        Assert.Contains("Hidden Otherrow", managerCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_follows_the_lists_filter_and_order_across_batches()
    {
        var owner = TestUser.SalesRep(await _database.AddUserAsync("batch-" + Guid.NewGuid().ToString("N")[..8]));
        var count = ContactExport.BatchSize + 5;
        await using (var db = _database.Context(owner))
        {
            var commands = _database.Commands(db, owner);
            for (var i = 0; i < count; i++)
            {
                var result = await commands.CreateAsync(APerson("Batch", $"B{i:D5}").OwnedBy(owner.UserId).Build(), CancellationToken.None);
                Assert.True(result.Succeeded);
            }
        }

        var csv = Encoding.UTF8.GetString(await ExportAsync(owner, ExportFormat.Csv, ',', new ContactListQuery { Sort = ContactSort.Name, Descending = true }));

        var names = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(count, names.Count);
        Assert.Equal($"Batch B{count - 1:D5}", names[0]);
        Assert.Equal("Batch B00000", names[^1]);
    }

    private async Task TagAsync(int contactId, params string[] names)
    {
        await using var db = _database.Context(new SystemUser());
        foreach (var name in names)
        {
            var tag = new Tag { Name = name, NameKey = Tag.KeyOf(name) + Guid.NewGuid().ToString("N")[..4], CreatedAt = DateTime.UtcNow };
            db.Tags.Add(tag);
            await db.SaveChangesAsync();
            db.ContactTags.Add(new ContactTag { ContactId = contactId, TagId = tag.Id, TaggedAt = DateTime.UtcNow });
        }

        await db.SaveChangesAsync();
    }

    private async Task<byte[]> ExportAsync(TestUser user, ExportFormat format, char delimiter, ContactListQuery query)
    {
        await using var db = _database.Context(user);
        var export = new ContactExport(db, TestDatabase.Queries(db, user), TestDatabase.CustomFieldReader(db, user), user);
        using var output = new MemoryStream();
        await export.WriteAsync(output, query, format, delimiter, Labels, "Contacts", CancellationToken.None);
        return output.ToArray();
    }
}
