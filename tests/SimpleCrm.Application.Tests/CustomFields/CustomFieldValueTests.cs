using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;

namespace SimpleCrm.Application.Tests.CustomFields;

/// <summary>Custom values saved with their lead or contact: typed columns, validation per type, culture, required, nothing half-saved.</summary>
public sealed class CustomFieldValueTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestUser _rep = null!;

    public async Task InitializeAsync()
    {
        _rep = TestUser.SalesRep(await database.AddUserAsync("values-rep-" + Guid.NewGuid().ToString("N")[..6]));
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_type_is_stored_in_its_own_typed_column()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var text = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Text " + tag)).Id;
        var number = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Number, "Number " + tag)).Id;
        var money = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Money, "Money " + tag)).Id;
        var date = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Date, "Date " + tag)).Id;
        var dateTime = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.DateTime, "DateTime " + tag)).Id;
        var yesNo = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.YesNo, "YesNo " + tag)).Id;
        var (single, singleOptions) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.SingleChoice, "Single " + tag, options: ["A", "B"]);
        var (multi, multiOptions) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.MultiChoice, "Multi " + tag, options: ["X", "Y", "Z"]);

        int id = 0;
        await InCultureAsync("en", async () =>
        {
            await using var db = database.Context(_rep);
            var result = await database.LeadCommands(db, _rep).CreateAsync(new LeadInput
            {
                Name = "Typed " + tag,
                CustomFields =
                [
                    Entry(text, "  Żółta łódź  "), Entry(number, "1,234.5"), Money(money, "99.90", "eur"), Entry(date, "2026-03-01"),
                    Entry(dateTime, "2026-03-01T14:30"), Entry(yesNo, "true"), Entry(single, Id(singleOptions[1])),
                    Entry(multi, Id(multiOptions[0]), Id(multiOptions[2])),
                ],
            }, None);
            Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
            id = result.Value;
        });

        await using var check = database.Context(_rep);
        var rows = await check.CustomFieldValues.AsNoTracking().Where(v => v.RecordId == id).ToListAsync();
        Assert.Equal(("Żółta łódź", "zolta lodz"), rows.Where(r => r.FieldId == text).Select(r => (r.TextValue, r.TextKey)).Single());
        Assert.Equal(1234.5m, rows.Single(r => r.FieldId == number).NumberValue);
        Assert.Equal((99.90m, "EUR"), rows.Where(r => r.FieldId == money).Select(r => (r.NumberValue, r.Currency)).Single());
        Assert.Equal(new DateTime(2026, 3, 1), rows.Single(r => r.FieldId == date).DateValue);
        Assert.Equal(new DateTime(2026, 3, 1, 14, 30, 0), rows.Single(r => r.FieldId == dateTime).DateValue);
        Assert.True(rows.Single(r => r.FieldId == yesNo).BoolValue);
        Assert.Equal(singleOptions[1], rows.Single(r => r.FieldId == single).OptionId);
        Assert.Equal([multiOptions[0], multiOptions[2]], rows.Where(r => r.FieldId == multi).Select(r => r.OptionId!.Value).Order());
        Assert.All(rows.Where(r => r.FieldId != text), r => Assert.Null(r.TextValue));
        Assert.All(rows.Where(r => r.FieldId is var f && f != number && f != money), r => Assert.Null(r.NumberValue));
    }

    [Theory]
    [InlineData("pl", "1 234,5")]
    [InlineData("pl", "1234,5")]
    [InlineData("en", "1,234.5")]
    [InlineData("ru", "1234,5")]
    public async Task A_number_is_read_in_the_users_culture(string culture, string typed)
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Number, "Culture " + Guid.NewGuid().ToString("N")[..6])).Id;
        int id = 0;
        await InCultureAsync(culture, async () =>
        {
            await using var db = database.Context(_rep);
            // Polish groups thousands with a no-break space; the plain space a user types reads the same.
            var result = await database.LeadCommands(db, _rep).CreateAsync(new LeadInput { Name = "Culture", CustomFields = [Entry(field, typed)] }, None);
            Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
            id = result.Value;
        });

        await using var check = database.Context(_rep);
        Assert.Equal(1234.5m, await check.CustomFieldValues.Where(v => v.FieldId == field && v.RecordId == id).Select(v => v.NumberValue).SingleAsync());
    }

    [Theory]
    [InlineData(CustomFieldType.Number, "12abc", null, CustomFieldMessages.InvalidNumber)]
    [InlineData(CustomFieldType.Number, "1.23456", null, CustomFieldMessages.InvalidNumber)]
    [InlineData(CustomFieldType.Money, "10.999", "PLN", CustomFieldMessages.InvalidMoney)]
    [InlineData(CustomFieldType.Money, "10.99", "złoty", CustomFieldMessages.InvalidCurrency)]
    [InlineData(CustomFieldType.Money, "10.99", null, CustomFieldMessages.InvalidCurrency)]
    [InlineData(CustomFieldType.Date, "2026-02-30", null, CustomFieldMessages.InvalidDate)]
    [InlineData(CustomFieldType.DateTime, "tomorrow", null, CustomFieldMessages.InvalidDateTime)]
    [InlineData(CustomFieldType.YesNo, "maybe", null, CustomFieldMessages.InvalidYesNo)]
    [InlineData(CustomFieldType.SingleChoice, "987654", null, CustomFieldMessages.InvalidOption)]
    public async Task A_bad_value_is_refused_with_its_message_and_nothing_is_saved(CustomFieldType type, string value, string? currency, string message)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, type, "Bad " + tag, options: type == CustomFieldType.SingleChoice ? ["Only"] : [])).Id;
        await InCultureAsync("en", async () =>
        {
            await using var db = database.Context(_rep);
            var result = await database.LeadCommands(db, _rep).CreateAsync(
                new LeadInput { Name = "Refused " + tag, CustomFields = [new CustomFieldEntry { FieldId = field, Values = [value], Currency = currency }] }, None);

            Assert.Equal([new Failure(message, CustomFieldEntry.ErrorKey(field))], result.Failures);
        });

        await using var check = database.Context(_rep);
        Assert.False(await check.Leads.IgnoreQueryFilters().AnyAsync(l => l.Name == "Refused " + tag));
        Assert.False(await check.CustomFieldValues.AnyAsync(v => v.FieldId == field));
    }

    [Fact]
    public async Task A_text_longer_than_its_column_is_refused()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Text, "Long " + Guid.NewGuid().ToString("N")[..6])).Id;
        await using var db = database.Context(_rep);

        var result = await database.Commands(db, _rep).CreateAsync(
            ContactInputBuilder.APerson("Ala", "Długa").With(i => i.CustomFields = [Entry(field, new string('x', CustomFieldLimits.Text + 1))]).Build(), None);

        Assert.Equal([new Failure(Messages.TooLong, CustomFieldEntry.ErrorKey(field))], result.Failures);
    }

    [Fact]
    public async Task A_required_field_left_empty_refuses_the_record_with_the_other_failures_and_saves_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Date, "Required " + tag, required: true)).Id;
        await using var db = database.Context(_rep);
        var commands = database.Commands(db, _rep);

        var missing = await commands.CreateAsync(ContactInputBuilder.APerson("Ewa", "Brak" + tag).With(i => i.Emails = ["not-an-email"]).Build(), None);
        var blank = await commands.CreateAsync(ContactInputBuilder.APerson("Ewa", "Pusta" + tag).With(i => i.CustomFields = [Entry(field, "  ")]).Build(), None);

        Assert.Contains(new Failure(Messages.Required, CustomFieldEntry.ErrorKey(field)), missing.Failures);
        Assert.Contains(missing.Failures, f => f.MessageKey == Messages.InvalidEmail);
        Assert.Equal([new Failure(Messages.Required, CustomFieldEntry.ErrorKey(field))], blank.Failures);
        Assert.False(await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.LastName!.EndsWith(tag)));

        // The other tests of the class share the database: out of their way.
        var admin = TestUser.Admin("cleanup");
        await using var cleanup = database.Context(admin);
        await TestDatabase.CustomFieldAdministration(cleanup, admin).SetArchivedAsync(field, true, None);
    }

    [Fact]
    public async Task An_option_of_another_field_is_refused()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (field, _) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.MultiChoice, "Mine " + tag, options: ["M1"]);
        var (_, foreign) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.SingleChoice, "Theirs " + tag, options: ["T1"]);
        await using var db = database.Context(_rep);

        var result = await database.LeadCommands(db, _rep).CreateAsync(new LeadInput { Name = "Foreign option", CustomFields = [Entry(field, Id(foreign[0]))] }, None);

        Assert.Equal([new Failure(CustomFieldMessages.InvalidOption, CustomFieldEntry.ErrorKey(field))], result.Failures);
    }

    [Fact]
    public async Task An_edit_keeps_fields_its_form_did_not_post_clears_emptied_ones_and_a_values_only_change_is_a_new_version()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var kept = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Kept " + tag)).Id;
        var cleared = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Number, "Cleared " + tag)).Id;
        int id;
        Guid version;
        await using (var db = database.Context(_rep))
        {
            id = (await database.LeadCommands(db, _rep).CreateAsync(new LeadInput { Name = "Edit " + tag, CustomFields = [Entry(kept, "stay"), Entry(cleared, "5")] }, None)).Value;
            version = await db.Leads.Where(l => l.Id == id).Select(l => l.Version).SingleAsync();
        }

        await using (var db = database.Context(_rep))
        {
            var result = await database.LeadCommands(db, _rep).UpdateAsync(id, new LeadInput { Name = "Edit " + tag, CustomFields = [Entry(cleared, "")] }, version, None);
            Assert.True(result.Succeeded);
        }

        await using var check = database.Context(_rep);
        var values = await check.CustomFieldValues.Where(v => v.RecordId == id && (v.FieldId == kept || v.FieldId == cleared)).ToListAsync();
        Assert.Equal(["stay"], values.Select(v => v.TextValue));
        Assert.NotEqual(version, await check.Leads.Where(l => l.Id == id).Select(l => l.Version).SingleAsync());
    }

    [Fact]
    public async Task A_stale_edit_saves_none_of_its_values()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Stale " + tag)).Id;
        int id;
        await using (var db = database.Context(_rep))
        {
            id = (await database.LeadCommands(db, _rep).CreateAsync(new LeadInput { Name = "Stale " + tag, CustomFields = [Entry(field, "first")] }, None)).Value;
        }

        await using (var db = database.Context(_rep))
        {
            var result = await database.LeadCommands(db, _rep).UpdateAsync(id, new LeadInput { Name = "Stale " + tag, CustomFields = [Entry(field, "second")] }, Guid.NewGuid(), None);
            Assert.Equal([new Failure(Messages.ConcurrencyConflict)], result.Failures);
        }

        await using var check = database.Context(_rep);
        Assert.Equal(["first"], await check.CustomFieldValues.Where(v => v.RecordId == id && v.FieldId == field).Select(v => v.TextValue).ToListAsync());
    }

    [Fact]
    public async Task A_contact_edit_saves_its_values_and_the_form_entries_read_them_back()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var money = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Money, "Limit " + tag)).Id;
        var when = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.DateTime, "Visit " + tag)).Id;
        var id = await database.AddContactAsync(_rep, ContactInputBuilder.APerson("Olga", "Edit" + tag).OwnedBy(_rep.UserId).Build());

        await InCultureAsync("pl", async () =>
        {
            await using (var db = database.Context(_rep))
            {
                var edit = await TestDatabase.Queries(db, _rep).GetForEditAsync(id, None);
                edit!.Input.CustomFields = [Money(money, "1500,5", "pln"), Entry(when, "2026-04-02T09:15")];
                Assert.True((await database.Commands(db, _rep).UpdateAsync(id, edit.Input, edit.Version, None)).Succeeded);
            }

            await using var check = database.Context(_rep);
            var entries = await database.CustomFieldEditor(check, _rep).EntriesAsync(CustomFieldRecordType.Contact, id, None);
            Assert.Equal(("1500,5", "PLN"), entries.Where(e => e.FieldId == money).Select(e => (e.Value, e.Currency)).Single());
            Assert.Equal("2026-04-02T09:15", entries.Single(e => e.FieldId == when).Value);
        });
    }
}
