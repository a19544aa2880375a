using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;

namespace SimpleCrm.Application.Tests.CustomFields;

/// <summary>Admin > Custom fields: the rules of definitions and options, against real SQLite.</summary>
public sealed class CustomFieldAdministrationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestUser _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = TestUser.Admin(await database.AddUserAsync("admin-custom-" + Guid.NewGuid().ToString("N")[..6]));
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_label_is_unique_per_record_type_without_regard_to_case_or_diacritic_case()
    {
        await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Źródło łódź");
        await using var db = database.Context(_admin);
        var administration = TestDatabase.CustomFieldAdministration(db, _admin);

        var clash = await administration.CreateAsync(CustomFieldRecordType.Lead, new CustomFieldInput { Label = "  ŹRÓDŁO ŁÓDŹ ", Type = CustomFieldType.Number }, None);
        var otherType = await administration.CreateAsync(CustomFieldRecordType.Contact, new CustomFieldInput { Label = "źródło łódź", Type = CustomFieldType.Text }, None);
        var empty = await administration.CreateAsync(CustomFieldRecordType.Lead, new CustomFieldInput { Label = " ", Type = CustomFieldType.Text }, None);

        Assert.Equal([new Failure(CustomFieldMessages.LabelTaken, nameof(CustomFieldInput.Label))], clash.Failures);
        Assert.True(otherType.Succeeded);
        Assert.Equal([new Failure(Messages.Required, nameof(CustomFieldInput.Label))], empty.Failures);
        Assert.Equal(1, await db.CustomFields.CountAsync(f => f.RecordType == CustomFieldRecordType.Lead && f.LabelKey == "ŹRÓDŁO ŁÓDŹ"));
    }

    [Fact]
    public async Task Only_an_admin_lists_creates_or_changes_fields()
    {
        var (id, _) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Admin only");
        var manager = TestUser.Manager("manager-custom");
        await using var db = database.Context(manager);
        var administration = TestDatabase.CustomFieldAdministration(db, manager);

        Assert.Empty(await administration.ListAsync(CustomFieldRecordType.Lead, None));
        Assert.True((await administration.CreateAsync(CustomFieldRecordType.Lead, new CustomFieldInput { Label = "Sneaky" }, None)).IsNotFound);
        Assert.True((await administration.SetArchivedAsync(id, true, None)).IsNotFound);
        Assert.True((await TestDatabase.CustomFieldOptions(db, manager).AddAsync(id, "x", None)).IsNotFound);
        Assert.False(await db.CustomFields.AnyAsync(f => f.Label == "Sneaky" || (f.Id == id && f.IsArchived)));
    }

    [Fact]
    public async Task The_type_changes_freely_until_a_record_has_a_value_then_the_change_is_refused()
    {
        var (id, _) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Budget text");
        await using (var db = database.Context(_admin))
        {
            var administration = TestDatabase.CustomFieldAdministration(db, _admin);
            Assert.True((await administration.UpdateAsync(id, new CustomFieldInput { Label = "Budget", Type = CustomFieldType.Number }, None)).Succeeded);
            var lead = await database.LeadCommands(db, _admin).CreateAsync(new LeadInput { Name = "Typed", CustomFields = [Entry(id, "12")] }, None);
            Assert.True(lead.Succeeded);
        }

        await using var check = database.Context(_admin);
        var refused = await TestDatabase.CustomFieldAdministration(check, _admin).UpdateAsync(id, new CustomFieldInput { Label = "Budget", Type = CustomFieldType.Text, IsRequired = true }, None);

        Assert.Equal([new Failure(CustomFieldMessages.TypeInUse, nameof(CustomFieldInput.Type))], refused.Failures);
        var stored = await check.CustomFields.AsNoTracking().SingleAsync(f => f.Id == id);
        Assert.Equal((CustomFieldType.Number, false), (stored.Type, stored.IsRequired));
    }

    [Fact]
    public async Task Fields_reorder_from_the_full_list_and_a_stale_list_is_refused()
    {
        var first = (await AddFieldAsync(database, CustomFieldRecordType.Deal, CustomFieldType.Text, "Deal A")).Id;
        var second = (await AddFieldAsync(database, CustomFieldRecordType.Deal, CustomFieldType.Date, "Deal B")).Id;
        await using var db = database.Context(_admin);
        var administration = TestDatabase.CustomFieldAdministration(db, _admin);

        var reordered = await administration.ReorderAsync(CustomFieldRecordType.Deal, [second, first], None);
        var stale = await administration.ReorderAsync(CustomFieldRecordType.Deal, [first], None);
        var list = await administration.ListAsync(CustomFieldRecordType.Deal, None);

        Assert.True(reordered.Succeeded);
        Assert.Equal([new Failure(CustomFieldMessages.OrderOutdated)], stale.Failures);
        Assert.Equal([second, first], list.Select(f => f.Id));
    }

    [Fact]
    public async Task An_archived_field_leaves_the_forms_and_keeps_its_values()
    {
        var (id, _) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Soon archived");
        int leadId;
        await using (var db = database.Context(_admin))
        {
            leadId = (await database.LeadCommands(db, _admin).CreateAsync(new LeadInput { Name = "Keeps value", CustomFields = [Entry(id, "kept")] }, None)).Value;
            Assert.True((await TestDatabase.CustomFieldAdministration(db, _admin).SetArchivedAsync(id, true, None)).Succeeded);
        }

        await using var check = database.Context(_admin);
        var definitions = await database.CustomFieldEditor(check, _admin).DefinitionsAsync(CustomFieldRecordType.Lead, None);
        var card = await TestDatabase.CustomFieldReader(check, _admin).ForRecordAsync(CustomFieldRecordType.Lead, leadId, None);

        Assert.DoesNotContain(definitions, d => d.Id == id);
        Assert.DoesNotContain(card, c => c.FieldId == id);
        Assert.Equal("kept", await check.CustomFieldValues.Where(v => v.FieldId == id && v.RecordId == leadId).Select(v => v.TextValue).SingleAsync());
        Assert.True((await TestDatabase.CustomFieldAdministration(check, _admin).ListAsync(CustomFieldRecordType.Lead, None)).Single(f => f.Id == id).IsArchived);
    }

    [Fact]
    public async Task Options_are_added_renamed_and_reordered_and_a_taken_label_is_refused()
    {
        var (id, options) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.SingleChoice, "Region", options: ["North", "South"]);
        await using var db = database.Context(_admin);
        var admin = TestDatabase.CustomFieldOptions(db, _admin);

        var taken = await admin.AddAsync(id, " north ", None);
        var renamed = await admin.RenameAsync(id, options[1], "Południe", None);
        var reordered = await admin.ReorderAsync(id, [options[1], options[0]], None);
        var wrongField = await admin.RenameAsync(id + 1000, options[0], "Elsewhere", None);

        Assert.Equal([new Failure(CustomFieldMessages.OptionTaken, "Label")], taken.Failures);
        Assert.True(renamed.Succeeded && reordered.Succeeded);
        Assert.True(wrongField.IsNotFound);
        var stored = (await database.CustomFieldEditor(db, _admin).DefinitionsAsync(CustomFieldRecordType.Lead, None)).Single(d => d.Id == id);
        Assert.Equal(["Południe", "North"], stored.Options.Select(o => o.Label));
    }

    [Fact]
    public async Task A_retired_option_stays_on_the_record_that_has_it_and_is_not_offered_to_a_new_one()
    {
        var (id, options) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.SingleChoice, "Fair", options: ["Poznań 2025", "Kielce 2026"]);
        int leadId;
        Guid version;
        await using (var db = database.Context(_admin))
        {
            leadId = (await database.LeadCommands(db, _admin).CreateAsync(new LeadInput { Name = "Met at Poznań", CustomFields = [Entry(id, Id(options[0]))] }, None)).Value;
            Assert.True((await TestDatabase.CustomFieldOptions(db, _admin).SetRetiredAsync(id, options[0], true, None)).Succeeded);
            version = await db.Leads.Where(l => l.Id == leadId).Select(l => l.Version).SingleAsync();
        }

        await using var check = database.Context(_admin);
        var commands = database.LeadCommands(check, _admin);
        var edited = await commands.UpdateAsync(leadId, new LeadInput { Name = "Met at Poznań, edited", CustomFields = [Entry(id, Id(options[0]))] }, version, None);
        var created = await commands.CreateAsync(new LeadInput { Name = "New with retired", CustomFields = [Entry(id, Id(options[0]))] }, None);
        var card = await TestDatabase.CustomFieldReader(check, _admin).ForRecordAsync(CustomFieldRecordType.Lead, leadId, None);

        Assert.True(edited.Succeeded);
        Assert.Equal([new Failure(CustomFieldMessages.InvalidOption, CustomFieldEntry.ErrorKey(id))], created.Failures);
        Assert.Equal(["Poznań 2025"], card.Single(c => c.FieldId == id).Value!.Options);
    }
}
