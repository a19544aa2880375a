using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;

namespace SimpleCrm.Application.Tests.CustomFields;

/// <summary>A converted lead's custom values follow it to the contact's fields of the same label and type.</summary>
public sealed class CustomFieldCarryOverTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestUser _rep = null!;

    public async Task InitializeAsync()
    {
        _rep = TestUser.SalesRep(await database.AddUserAsync("carry-rep-" + Guid.NewGuid().ToString("N")[..6]));
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Converting_a_lead_copies_values_to_contact_fields_of_the_same_label_and_type()
    {
        var budget = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Money, "Budżet")).Id;
        var contactBudget = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Money, "BUDŻET")).Id;
        var (size, sizeOptions) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.MultiChoice, "Fleet size", options: ["Small", "Large", "Huge"]);
        var (contactSize, contactSizeOptions) = await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.MultiChoice, "fleet size", options: ["large", "small"]);
        var note = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Visit date")).Id;
        var contactVisit = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Date, "Visit date")).Id;
        var leadOnly = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.YesNo, "Lead only")).Id;
        var contactId = await database.AddContactAsync(_rep, ContactInputBuilder.APerson("Nowy", "Klient").OwnedBy(_rep.UserId).Build());
        int leadId = 0;
        await InCultureAsync("en", async () =>
        {
            await using var db = database.Context(_rep);
            leadId = (await database.LeadCommands(db, _rep).CreateAsync(new LeadInput
            {
                Name = "Converted",
                CustomFields = [Money(budget, "5000", "PLN"), Entry(size, Id(sizeOptions[0]), Id(sizeOptions[2])), Entry(note, "next week"), Entry(leadOnly, "true")],
            }, None)).Value;
        });

        await using (var db = database.Context(_rep))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new CustomFieldCarryOver(db).MoveAsync(new RecordRef(HistoryRecordTypes.Lead, leadId), new RecordRef(HistoryRecordTypes.Contact, contactId), None);
            await transaction.CommitAsync();
        }

        await using var check = database.Context(_rep);
        var copied = await check.CustomFieldValues.AsNoTracking().Where(v => v.RecordId == contactId && v.Field!.RecordType == CustomFieldRecordType.Contact).ToListAsync();
        Assert.Equal((5000m, "PLN"), copied.Where(v => v.FieldId == contactBudget).Select(v => (v.NumberValue!.Value, v.Currency)).Single());
        // "Small" maps to "small"; "Huge" has no contact option and stays behind.
        Assert.Equal([contactSizeOptions[1]], copied.Where(v => v.FieldId == contactSize).Select(v => v.OptionId!.Value));
        Assert.DoesNotContain(copied, v => v.FieldId == contactVisit);
        Assert.Equal(copied.Count, copied.Select(v => v.FieldId).Count(id => id == contactBudget || id == contactSize));
        Assert.Equal(5, await check.CustomFieldValues.CountAsync(v => v.RecordId == leadId && v.Field!.RecordType == CustomFieldRecordType.Lead));
    }

    [Fact]
    public async Task A_contact_that_already_has_a_value_keeps_it_and_other_record_pairs_copy_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var leadField = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "Owner " + tag)).Id;
        var contactField = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Text, "owner " + tag)).Id;
        var contactId = await database.AddContactAsync(_rep, ContactInputBuilder.APerson("Stary", "Klient" + tag).OwnedBy(_rep.UserId)
            .With(i => i.CustomFields = [Entry(contactField, "from the contact")]).Build());
        int leadId;
        await using (var db = database.Context(_rep))
        {
            leadId = (await database.LeadCommands(db, _rep).CreateAsync(new LeadInput { Name = "Assigned " + tag, CustomFields = [Entry(leadField, "from the lead")] }, None)).Value;
            var mover = new CustomFieldCarryOver(db);
            await mover.MoveAsync(new RecordRef(HistoryRecordTypes.Lead, leadId), new RecordRef(HistoryRecordTypes.Contact, contactId), None);
            await mover.MoveAsync(new RecordRef(HistoryRecordTypes.Lead, leadId), new RecordRef(HistoryRecordTypes.Lead, contactId), None);
            await mover.MoveAsync(new RecordRef("Deal", leadId), new RecordRef(HistoryRecordTypes.Contact, contactId), None);
        }

        await using var check = database.Context(_rep);
        Assert.Equal(["from the contact"], await check.CustomFieldValues.Where(v => v.FieldId == contactField && v.RecordId == contactId).Select(v => v.TextValue).ToListAsync());
        Assert.Equal(1, await check.CustomFieldValues.CountAsync(v => v.FieldId == leadField));
    }

    [Fact]
    public async Task The_copier_is_registered_as_an_attachment_mover()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddCustomFields();

        Assert.Contains(services, d => d.ServiceType == typeof(IRecordAttachmentMover) && d.ImplementationType == typeof(CustomFieldCarryOver));
        await Task.CompletedTask;
    }
}
