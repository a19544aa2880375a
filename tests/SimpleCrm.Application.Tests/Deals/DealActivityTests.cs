using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>A call or a note logged on a deal is activity: the deal stops being idle, and its version stays for whoever drags its card.</summary>
public sealed class DealActivityTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-activity-admin");

    [Fact]
    public async Task Logging_a_call_moves_the_deals_last_activity_to_the_call_and_keeps_its_version()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Activity call"));
        var dealId = await database.AddDealAsync(stages[0].Id, await database.AddContactAsync("Dzwoniony"), "Serwis");
        var before = await database.ReadDealAsync(dealId);
        database.Clock.Now += TimeSpan.FromDays(20);
        var callAt = database.Clock.GetUtcNow().UtcDateTime.AddHours(-2);

        await using (var db = database.Context(Admin))
        {
            var logged = await database.ActivityCommands(db, Admin).LogAsync(
                RecordRef.Deal(dealId), new ActivityInput { Type = ActivityType.Call, At = callAt, Text = "Oddzwonić w piątek" }, CancellationToken.None);
            Assert.True(logged.Succeeded);
        }

        var after = await database.ReadDealAsync(dealId);
        Assert.Equal(callAt, after.LastActivityAt, TimeSpan.FromSeconds(1));
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task A_note_counts_as_activity_and_an_older_call_never_moves_it_back()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Activity note"));
        var dealId = await database.AddDealAsync(stages[0].Id, await database.AddContactAsync("Notowany"), "Audyt");
        database.Clock.Now += TimeSpan.FromDays(15);
        var now = database.Clock.GetUtcNow().UtcDateTime;

        await using (var db = database.Context(Admin))
        {
            Assert.True((await database.NoteCommands(db, Admin).AddAsync(RecordRef.Deal(dealId), "Klient prosi o rabat", CancellationToken.None)).Succeeded);
            Assert.True((await database.ActivityCommands(db, Admin).LogAsync(
                RecordRef.Deal(dealId), new ActivityInput { Type = ActivityType.Meeting, At = now.AddDays(-10) }, CancellationToken.None)).Succeeded);
        }

        Assert.Equal(now, (await database.ReadDealAsync(dealId)).LastActivityAt, TimeSpan.FromSeconds(1));
    }
}
