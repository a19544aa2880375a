using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Imports.Leads.LeadImportFixture;

namespace SimpleCrm.Application.Tests.Imports.Leads;

/// <summary>Custom field columns of lead and contact imports; one database with its own fields (a required lead field among them).</summary>
public sealed class CustomFieldImportTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Header = "Nazwa;Region;Pracownicy;Budżet;Targi;Spotkanie;Newsletter;Wielkość;Zainteresowania";

    private static readonly string[] CustomLabels = ["Region", "Pracownicy", "Budżet", "Targi", "Spotkanie", "Newsletter", "Wielkość", "Zainteresowania"];

    private Dictionary<string, int> _fields = [];

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, CancellationToken.None);
        if (!await db.CustomFields.AnyAsync())
        {
            var position = 0;
            CustomField Field(CustomFieldRecordType record, string label, CustomFieldType type, bool required = false, params string[] options) => new()
            {
                RecordType = record, Label = label, LabelKey = CustomField.KeyOf(label), Type = type, IsRequired = required, Position = position++,
                Options = [.. options.Select((o, i) => new CustomFieldOption { Label = o, Position = i })],
            };
            db.CustomFields.AddRange(
                Field(CustomFieldRecordType.Lead, "Region", CustomFieldType.Text, required: true),
                Field(CustomFieldRecordType.Lead, "Pracownicy", CustomFieldType.Number),
                Field(CustomFieldRecordType.Lead, "Budżet", CustomFieldType.Money),
                Field(CustomFieldRecordType.Lead, "Targi", CustomFieldType.Date),
                Field(CustomFieldRecordType.Lead, "Spotkanie", CustomFieldType.DateTime),
                Field(CustomFieldRecordType.Lead, "Newsletter", CustomFieldType.YesNo),
                Field(CustomFieldRecordType.Lead, "Wielkość", CustomFieldType.SingleChoice, false, "Mała", "Duża"),
                Field(CustomFieldRecordType.Lead, "Zainteresowania", CustomFieldType.MultiChoice, false, "CRM", "ERP", "BI"),
                Field(CustomFieldRecordType.Lead, "Umowa", CustomFieldType.File),
                Field(CustomFieldRecordType.Contact, "Branża", CustomFieldType.Text),
                Field(CustomFieldRecordType.Lead, "Stare", CustomFieldType.Text) is var old ? Archived(old) : old);
            await db.SaveChangesAsync();
        }

        _fields = await db.CustomFields.ToDictionaryAsync(f => f.Label, f => f.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Custom_field_cells_are_read_by_type_in_the_uploaders_culture_and_a_bad_or_missing_required_value_fails_its_row()
    {
        var manager = await database.UserAsync("cf-create-manager", Roles.Manager);
        var id = await database.StartLeadImportAsync(manager, Request(ImportDuplicatePolicy.CreateAnyway, columns: Columns()));
        await database.RunAsJobAsync(id, InMemoryImportTable.Of(
            Header,
            "Pełny;Mazowsze;1 250;1 234,50;05.03.2026;05.03.2026 14:30;tak;duża;crm, BI",
            "Rosyjski;Wilno;;12 EUR;;;да;;",
            "Zła liczba;Śląsk;dużo;;;;;;",
            "Zły wybór;Śląsk;;;;;;Średnia;",
            "Bez regionu;;;;;;nie;;"));

        await using var check = database.Context(manager);
        var full = await ValuesAsync(check, "Pełny");
        Assert.Equal("Mazowsze", full[_fields["Region"]].Single().TextValue);
        Assert.Equal(1250m, full[_fields["Pracownicy"]].Single().NumberValue);
        Assert.Equal((1234.50m, "PLN"), (full[_fields["Budżet"]].Single().NumberValue, full[_fields["Budżet"]].Single().Currency));
        Assert.Equal(new DateTime(2026, 3, 5), full[_fields["Targi"]].Single().DateValue);
        Assert.Equal(new DateTime(2026, 3, 5, 14, 30, 0), full[_fields["Spotkanie"]].Single().DateValue);
        Assert.True(full[_fields["Newsletter"]].Single().BoolValue);
        Assert.Equal(["Duża"], await LabelsAsync(check, full[_fields["Wielkość"]]));
        Assert.Equal(["BI", "CRM"], await LabelsAsync(check, full[_fields["Zainteresowania"]]));
        var russian = await ValuesAsync(check, "Rosyjski");
        Assert.Equal((12m, "EUR", true), (russian[_fields["Budżet"]].Single().NumberValue, russian[_fields["Budżet"]].Single().Currency, russian[_fields["Newsletter"]].Single().BoolValue));
        Assert.Equal(
            [(4, ImportMessages.InvalidNumber, "[\"Pracownicy\"]"), (5, ImportMessages.InvalidOption, "[\"Wielkość\"]"), (6, ImportMessages.CustomFieldRequired, "[\"Region\"]")],
            await check.ImportErrors.Where(e => e.ImportId == id).OrderBy(e => e.RowNumber).Select(e => ValueTuple.Create(e.RowNumber, e.MessageKey, e.Arguments)).ToListAsync());
    }

    [Fact]
    public async Task An_update_replaces_the_given_custom_field_and_undo_puts_the_old_value_back()
    {
        var manager = await database.UserAsync("cf-undo-manager", Roles.Manager);
        var lead = await database.AddLeadAsync(manager, new LeadInput
        {
            Name = "Aktualizowany", Email = "cf@undo.pl",
            CustomFields = [new CustomFieldEntry { FieldId = _fields["Region"], Values = ["Pomorze"] }, new CustomFieldEntry { FieldId = _fields["Pracownicy"], Values = ["10"] }],
        });
        var columns = new List<ImportColumn> { new(0, ImportTargetKind.Field, ImportFields.Name), new(1, ImportTargetKind.Field, ImportFields.Email), new(2, ImportTargetKind.CustomField, CustomFieldId: _fields["Region"]) };
        var id = await database.StartLeadImportAsync(manager, Request(ImportDuplicatePolicy.Update, columns: columns));
        await database.RunAsJobAsync(id, InMemoryImportTable.Of("Nazwa;E-mail;Region", "Aktualizowany;cf@undo.pl;Kaszuby"));

        await using (var db = database.Context(manager))
        {
            Assert.Equal("Kaszuby", (await ValuesAsync(db, "Aktualizowany"))[_fields["Region"]].Single().TextValue);
            var undone = await database.ImportCommands(db, manager, new RecordingImportScheduler()).UndoAsync(id, CancellationToken.None);
            Assert.Equal(1, undone.Value!.Restored);
        }

        await using var check = database.Context(manager);
        var values = await ValuesAsync(check, "Aktualizowany");
        Assert.Equal(("Pomorze", 10m), (values[_fields["Region"]].Single().TextValue, values[_fields["Pracownicy"]].Single().NumberValue));
        Assert.Equal(lead, await check.Leads.Where(l => l.Name == "Aktualizowany").Select(l => l.Id).SingleAsync());
    }

    [Fact]
    public async Task A_contact_import_previews_and_saves_its_custom_field_column()
    {
        var manager = await database.UserAsync("cf-contact-manager", Roles.Manager);
        List<ImportColumn> columns = [.. ImportFixture.PersonColumns, new(4, ImportTargetKind.CustomField, CustomFieldId: _fields["Branża"])];
        var table = InMemoryImportTable.Of(ImportFixture.PersonHeader + ";Branża", "Celina;Branżowa;;;  Meble ");
        await using (var db = database.Context(manager))
        {
            var preview = await new ImportPreview(db, manager, new InMemoryTableOpener(table), database.Phones, database.Clock).PreviewAsync(new ImportRequest(
                ImportEntityType.Contact, "k.csv", "0123456789abcdef0123456789abcdef", new SimpleCrm.Application.Imports.Reading.ImportReadSettings(SimpleCrm.Application.Imports.Reading.ImportFileFormat.Text, 65001, ';'),
                columns, new ImportDefaults(), ImportDuplicatePolicy.Skip), CancellationToken.None);
            Assert.Equal("Meble", preview.Value!.Rows.Single().Values[4]);
        }

        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Skip, columns: columns);
        await database.RunAsJobAsync(id, table);

        await using var check = database.Context(manager);
        var contactId = await check.Contacts.Where(c => c.LastName == "Branżowa").Select(c => c.Id).SingleAsync();
        Assert.Equal("Meble", await check.CustomFieldValues.Where(v => v.RecordId == contactId && v.FieldId == _fields["Branża"]).Select(v => v.TextValue).SingleAsync());
    }

    [Theory]
    [InlineData("Umowa")]
    [InlineData("Stare")]
    [InlineData("Branża")]
    public async Task A_file_archived_or_other_records_custom_field_cannot_be_mapped(string label)
    {
        var manager = await database.UserAsync("cf-refused-" + label.ToLowerInvariant(), Roles.Manager);
        await using var db = database.Context(manager);
        var columns = new List<ImportColumn> { new(0, ImportTargetKind.Field, ImportFields.Name), new(1, ImportTargetKind.CustomField, CustomFieldId: _fields[label]) };

        var result = await database.ImportCommands(db, manager, new RecordingImportScheduler()).CreateAsync(Request(ImportDuplicatePolicy.Skip, columns: columns), CancellationToken.None);

        Assert.Equal([ImportMessages.CustomFieldUnknown], result.Failures.Select(f => f.MessageKey).ToList());
    }

    private static CustomField Archived(CustomField field)
    {
        field.IsArchived = true;
        return field;
    }

    private List<ImportColumn> Columns() =>
    [
        new(0, ImportTargetKind.Field, ImportFields.Name),
        .. CustomLabels.Select((label, i) => new ImportColumn(i + 1, ImportTargetKind.CustomField, CustomFieldId: _fields[label])),
    ];

    private static async Task<ILookup<int, CustomFieldValue>> ValuesAsync(SimpleCrm.Application.Data.CrmDbContext db, string leadName)
    {
        var id = await db.Leads.Where(l => l.Name == leadName).Select(l => l.Id).SingleAsync();
        return (await db.CustomFieldValues.AsNoTracking().Where(v => v.RecordId == id && v.Field!.RecordType == CustomFieldRecordType.Lead).ToListAsync()).ToLookup(v => v.FieldId);
    }

    private static async Task<List<string>> LabelsAsync(SimpleCrm.Application.Data.CrmDbContext db, IEnumerable<CustomFieldValue> values)
    {
        var ids = values.Select(v => v.OptionId).ToList();
        return await db.CustomFieldOptions.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Label).Select(o => o.Label).ToListAsync();
    }
}
