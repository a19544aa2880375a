using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>Notes, tasks and the timeline hang off a deal as they do off a lead, seen by exactly those who see the deal; its lines show on its contact's timeline.</summary>
public sealed class RecordsOnDealsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("records-on-deals-admin");

    [Fact]
    public void A_deal_is_a_record_the_urls_may_name()
    {
        Assert.Equal(RecordRef.Deal(7), RecordRef.From("Deal", 7));
    }

    [Fact]
    public async Task A_note_and_a_task_on_a_deal_are_its_owners_and_hidden_from_a_rep_who_may_not_see_it()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("records-on-deals-rep"));
        var outsider = TestUser.SalesRep(await database.AddUserAsync("records-on-deals-outsider"));
        var pipelineId = await database.AddPipelineAsync(Admin, "Records on deals");
        int contactId;
        await using (var seed = database.Context(new SystemUser()))
        {
            contactId = (await ContactRows.AddAsync(seed, 1, "Recordy", rep.UserId))[0];
        }

        int dealId;
        await using (var db = database.Context(rep))
        {
            dealId = (await database.DealCommands(db, rep).CreateAsync(contactId, pipelineId, new DealInput { Label = "Heating" }, CancellationToken.None)).Value;
            Assert.True((await database.NoteCommands(db, rep).AddAsync(RecordRef.Deal(dealId), "Wants it before winter", CancellationToken.None)).Succeeded);
            Assert.True((await database.TaskCommands(db, rep).CreateAsync(RecordRef.Deal(dealId), new TaskInput { Title = "Send the offer" }, CancellationToken.None)).Succeeded);
        }

        await using (var db = database.Context(rep))
        {
            var tasks = await database.TaskQueries(db, rep).OfRecordAsync(RecordRef.Deal(dealId), CancellationToken.None);
            var timeline = await new TimelineQueries(db, rep, database.Clock).OfRecordAsync(RecordRef.Deal(dealId), TimelineKind.All, 1, CancellationToken.None);
            Assert.Equal(("Send the offer", "Heating — Osoba1 Recordy"), (tasks!.Single().Title, tasks!.Single().RecordName));
            var contactTimeline = await new TimelineQueries(db, rep, database.Clock).OfRecordAsync(RecordRef.Contact(contactId), TimelineKind.All, 1, CancellationToken.None);
            Assert.Contains(timeline!.Items, l => l.Action == DealBatchInsert.DealCreated);
            Assert.Contains(contactTimeline!.Items, l => l.Action == DealBatchInsert.DealCreated && l.Record == RecordRef.Deal(dealId) && l.RecordName == "Heating");
        }

        await using var other = database.Context(outsider);
        Assert.True((await database.NoteCommands(other, outsider).AddAsync(RecordRef.Deal(dealId), "Mine now", CancellationToken.None)).IsNotFound);
        Assert.Null(await database.TaskQueries(other, outsider).OfRecordAsync(RecordRef.Deal(dealId), CancellationToken.None));
        Assert.Null(await new TimelineQueries(other, outsider, database.Clock).OfRecordAsync(RecordRef.Deal(dealId), TimelineKind.All, 1, CancellationToken.None));
    }
}
