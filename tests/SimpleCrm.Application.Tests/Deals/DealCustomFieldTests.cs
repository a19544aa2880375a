using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Tests.Files;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>
/// Deal custom fields work as lead and contact fields do: checked and saved with the deal's form, read
/// for its card, and only through the deal visibility rule. The class's fields are made once: a
/// required "Contract no." that every deal here gets, an optional yes/no and an optional file.
/// </summary>
public sealed class DealCustomFieldTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-custom-admin");
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_new_deal_without_its_required_field_is_refused_next_to_the_field_and_not_saved()
    {
        var (rep, contactId, pipelineId) = await SceneAsync("required");
        var (contract, financed) = await FieldsAsync();
        await using var db = database.Context(rep);

        var result = await database.DealCommands(db, rep).CreateAsync(
            contactId, pipelineId, new DealInput { Label = "Roof", CustomFields = [Entry(contract, " "), Entry(financed, "true")] }, None);

        Assert.Equal((Messages.Required, CustomFieldEntry.ErrorKey(contract)), (result.Failures.Single().MessageKey, result.Failures.Single().Field));
        Assert.False(await db.Deals.AnyAsync(d => d.ContactId == contactId));
        Assert.False(await db.CustomFieldValues.AnyAsync(v => v.FieldId == financed));
    }

    [Fact]
    public async Task The_values_a_new_deal_posts_are_saved_and_an_edit_changes_them_as_a_new_version_with_history_lines()
    {
        var (rep, contactId, pipelineId) = await SceneAsync("saved");
        var (contract, financed) = await FieldsAsync();
        int id;
        await using (var db = database.Context(rep))
        {
            var created = await database.DealCommands(db, rep).CreateAsync(
                contactId, pipelineId, new DealInput { Label = "Boiler", CustomFields = [Entry(contract, "K-17"), Entry(financed, "true")] }, None);
            Assert.True(created.Succeeded, string.Join(", ", created.Failures.Select(f => f.MessageKey)));
            id = created.Value;
        }

        Guid before;
        await using (var db = database.Context(rep))
        {
            var edit = (await database.DealQueries(db, rep).GetForEditAsync(id, None))!;
            before = edit.Version;
            var entries = await database.CustomFieldEditor(db, rep).EntriesAsync(CustomFieldRecordType.Deal, id, None);
            Assert.Equal([(contract, "K-17"), (financed, "true")], entries.OrderBy(e => e.FieldId).Select(e => (e.FieldId, e.Value)));
            var input = edit.Input;
            input.CustomFields = [Entry(contract, "K-18"), Entry(financed, "false")];
            Assert.True((await database.DealCommands(db, rep).EditAsync(id, input, before, None)).Succeeded);
        }

        await using var check = database.Context(rep);
        var shown = await TestDatabase.CustomFieldReader(check, rep).ForRecordAsync(CustomFieldRecordType.Deal, id, None);
        Assert.Equal([("Contract no.", "K-18", (bool?)null), ("Financed", null, false), ("Offer", null, null)], shown.Select(f => (f.Label, f.Value?.Text, f.Value?.Bool)));
        Assert.NotEqual(before, (await database.DealQueries(check, rep).GetForEditAsync(id, None))!.Version);
        var lines = await check.History.AsNoTracking()
            .Where(h => h.RecordType == HistoryRecordTypes.Deal && h.RecordId == id && h.Action == FieldHistoryInterceptor.FieldChanged)
            .Select(h => h.Details!).ToListAsync();
        Assert.Equal(["Contract no.: K-17 → K-18", "Financed: True → False"], lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_rep_who_may_not_see_the_deal_reads_none_of_its_values()
    {
        var (owner, contactId, pipelineId) = await SceneAsync("hidden");
        var (contract, _) = await FieldsAsync();
        var outsider = TestUser.SalesRep(await database.AddUserAsync("deal-custom-hidden-outsider"));
        int id;
        await using (var db = database.Context(owner))
        {
            id = (await database.DealCommands(db, owner).CreateAsync(contactId, pipelineId, new DealInput { Label = "Pool", CustomFields = [Entry(contract, "SECRET-1")] }, None)).Value;
        }

        await using var other = database.Context(outsider);

        Assert.Empty(await TestDatabase.CustomFieldReader(other, outsider).ForRecordAsync(CustomFieldRecordType.Deal, id, None));
        Assert.Empty(await database.CustomFieldEditor(other, outsider).EntriesAsync(CustomFieldRecordType.Deal, id, None));
        Assert.Empty(await TestDatabase.CustomFieldReader(other, outsider).ColumnsAsync(CustomFieldRecordType.Deal, [contract], [id], None));
        Assert.True((await database.DealCommands(other, outsider).EditAsync(id, new DealInput { Label = "Pool", CustomFields = [Entry(contract, "MINE")] }, Guid.Empty, None)).IsNotFound);
        Assert.Equal(["SECRET-1"], await other.CustomFieldValues.Where(v => v.FieldId == contract && v.RecordId == id).Select(v => v.TextValue).ToListAsync());
    }

    [Fact]
    public async Task A_file_posted_for_a_file_field_becomes_one_of_the_deals_files_and_the_fields_value()
    {
        var (rep, contactId, pipelineId) = await SceneAsync("file");
        var (contract, _) = await FieldsAsync();
        var offer = await FileFieldAsync();
        await using var db = database.Context(rep);

        var created = await database.DealCommands(db, rep).CreateAsync(contactId, pipelineId, new DealInput
        {
            Label = "Solar",
            CustomFields = [Entry(contract, "F-1"), new CustomFieldEntry { FieldId = offer, Upload = new CustomFieldUpload("offer.pdf", new MemoryStream(SampleFiles.Pdf)) }],
        }, None);

        Assert.True(created.Succeeded, string.Join(", ", created.Failures.Select(f => f.MessageKey)));
        var file = await db.Files.AsNoTracking().SingleAsync(f => f.RecordType == HistoryRecordTypes.Deal && f.RecordId == created.Value);
        Assert.Equal("offer.pdf", file.FileName);
        var shown = (await TestDatabase.CustomFieldReader(db, rep).ForRecordAsync(CustomFieldRecordType.Deal, created.Value, None)).Single(f => f.FieldId == offer);
        Assert.Equal(("offer.pdf", (int?)file.Id), (shown.Value!.Text, shown.Value.FileId));
    }

    private async Task<(int Contract, int Financed)> FieldsAsync()
    {
        var existing = await DealFieldsAsync();
        if (existing.Count >= 2)
        {
            return (existing[0], existing[1]);
        }

        var contract = await AddFieldAsync(database, CustomFieldRecordType.Deal, CustomFieldType.Text, "Contract no.", required: true);
        var financed = await AddFieldAsync(database, CustomFieldRecordType.Deal, CustomFieldType.YesNo, "Financed");
        await AddFieldAsync(database, CustomFieldRecordType.Deal, CustomFieldType.File, "Offer");
        return (contract.Id, financed.Id);
    }

    private async Task<int> FileFieldAsync()
    {
        await FieldsAsync();
        return (await DealFieldsAsync())[2];
    }

    private async Task<List<int>> DealFieldsAsync()
    {
        await using var db = database.Context(Admin);
        return await db.CustomFields.Where(f => f.RecordType == CustomFieldRecordType.Deal).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync();
    }

    private async Task<(TestUser Rep, int ContactId, int PipelineId)> SceneAsync(string name)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync($"deal-custom-{name}-rep"));
        var pipelineId = await database.AddPipelineAsync(Admin, $"Custom {name}");
        await using var db = database.Context(new SystemUser());
        return (rep, (await ContactRows.AddAsync(db, 1, $"Custom{name}", rep.UserId))[0], pipelineId);
    }
}
