using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Segments;

/// <summary>A segment saved from a list filtered by custom fields keeps those criteria; one on a field gone since is ignored.</summary>
public sealed class SegmentCustomFieldTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_segment_keeps_its_custom_field_criteria_for_its_count_and_its_list()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var rep = TestUser.SalesRep(await database.AddUserAsync("segment-custom-rep-" + tag));
        var (field, options) = await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.SingleChoice, "Branch " + tag, options: ["Retail", "Wholesale"]);
        var vip = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.YesNo, "VIP " + tag)).Id;
        var retailVip = await database.AddContactAsync(rep, APerson("Rita", "Retail" + tag).OwnedBy(rep.UserId)
            .With(i => i.CustomFields = [Entry(field, Id(options[0])), Entry(vip, "true")]).Build());
        await database.AddContactAsync(rep, APerson("Rob", "Retail" + tag).OwnedBy(rep.UserId)
            .With(i => i.CustomFields = [Entry(field, Id(options[0])), Entry(vip, "false")]).Build());
        await database.AddContactAsync(rep, APerson("Walt", "Whole" + tag).OwnedBy(rep.UserId)
            .With(i => i.CustomFields = [Entry(field, Id(options[1])), Entry(vip, "true")]).Build());
        var listQuery = new ContactListQuery { Search = tag, Custom = [new() { FieldId = field, OptionId = options[0] }, new() { FieldId = vip, Yes = true }] };

        var id = await SaveAsync(rep, "Retail VIPs " + tag, listQuery.ToFilter());

        await using var db = database.Context(rep);
        Assert.Equal(2, (await db.Segments.AsNoTracking().SingleAsync(s => s.Id == id)).Filter.Split("fieldId").Length - 1);
        Assert.Equal(1, (await TestDatabase.SegmentQueries(db, rep).GetAsync(id, None))!.ContactCount);
        Assert.Equal([retailVip], await MatchingIdsAsync(rep, id));
    }

    [Fact]
    public async Task A_criterion_on_an_archived_or_deleted_field_is_ignored_rather_than_matching_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var rep = TestUser.SalesRep(await database.AddUserAsync("segment-gone-rep-" + tag));
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Text, "Region " + tag)).Id;
        var north = await database.AddContactAsync(rep, APerson("Nora", "North" + tag).OwnedBy(rep.UserId).With(i => i.CustomFields = [Entry(field, "North")]).Build());
        var south = await database.AddContactAsync(rep, APerson("Sam", "South" + tag).OwnedBy(rep.UserId).With(i => i.CustomFields = [Entry(field, "South")]).Build());
        var archived = await SaveAsync(rep, "North " + tag, new ContactFilter { Search = tag, Custom = [new() { FieldId = field, Text = "north" }] });
        var deleted = await SaveAsync(rep, "Gone " + tag, new ContactFilter { Search = tag, Custom = [new() { FieldId = int.MaxValue, Text = "north" }] });
        Assert.Equal([north], await MatchingIdsAsync(rep, archived));

        var admin = TestUser.Admin("segment-gone-admin");
        await using (var db = database.Context(admin))
        {
            Assert.True((await TestDatabase.CustomFieldAdministration(db, admin).SetArchivedAsync(field, true, None)).Succeeded);
        }

        Assert.Equal([north, south], (await MatchingIdsAsync(rep, archived)).Order());
        Assert.Equal([north, south], (await MatchingIdsAsync(rep, deleted)).Order());
        await using var check = database.Context(rep);
        Assert.Equal(2, (await TestDatabase.SegmentQueries(check, rep).GetAsync(deleted, None))!.ContactCount);
    }

    private async Task<int> SaveAsync(TestUser user, string name, ContactFilter filter)
    {
        await using var db = database.Context(user);
        var result = await TestDatabase.SegmentCommands(db, user).CreateAsync(new SegmentInput { Name = name, Filter = filter }, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }

    private async Task<List<int>> MatchingIdsAsync(TestUser user, int segmentId)
    {
        await using var db = database.Context(user);
        var page = await TestDatabase.Queries(db, user).ListAsync(new ContactListQuery { SegmentId = segmentId, PageSize = 100 }, None);
        return [.. page.Items.Select(c => c.Id)];
    }
}
