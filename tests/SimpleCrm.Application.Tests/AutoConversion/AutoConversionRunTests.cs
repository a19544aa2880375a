using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.AutoConversion;

/// <summary>The rule's job: existing members at creation, newcomers by the list event or the sweep, once each, however the runs race.</summary>
public sealed class AutoConversionRunTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Manager = TestUser.Manager("auto-run-manager");

    [Fact]
    public async Task Creating_a_rule_converts_the_lists_existing_members_with_the_rules_values()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Auto Existing");
        var owner = await database.AddUserAsync("auto-run-owner");
        var list = await database.AddListAsync("Targi");
        var members = await database.AddContactsAsync(3, "Istniejący", owner);
        await database.AddToListAsync(list, members);
        var scheduler = new RecordingRuleScheduler();

        var ruleId = await database.CreateRuleAsync(Manager, pipelineId, new AutoConversionRuleInput
        {
            ListId = list.Id, StageId = stageId, Label = "Stoisko", Value = 500m, Currency = "pln", CloseByOffsetDays = 14,
        }, scheduler);
        Assert.Equal([ruleId], scheduler.Enqueued);
        var added = await database.RunRuleAsync(ruleId);

        Assert.Equal(3, added);
        await using var db = database.Context(new SystemUser());
        var deals = await db.Deals.AsNoTracking().Where(d => d.PipelineId == pipelineId).OrderBy(d => d.ContactId).ToListAsync();
        Assert.Equal(members, deals.Select(d => d.ContactId));
        Assert.All(deals, d => Assert.Equal(
            (stageId, "Stoisko", 500m, "PLN", new DateOnly(2026, 12, 8), owner, DealSource.AutoConversion),
            (d.StageId, d.Label, d.Value!.Value, d.Currency, d.CloseBy!.Value, d.ResponsibleUserId, d.Source)));
        var rule = await database.RuleAsync(ruleId);
        Assert.Equal((3, database.Clock.GetUtcNow().UtcDateTime), (rule.AddedCount, rule.LastRunAt!.Value));
        var handled = await db.AutoConversionRuleContacts.Where(h => h.RuleId == ruleId).OrderBy(h => h.ContactId).ToListAsync();
        Assert.Equal(deals.Select(d => (d.ContactId, (int?)d.Id)), handled.Select(h => (h.ContactId, h.DealId)));
    }

    [Fact]
    public async Task A_contact_added_to_the_list_later_is_converted_by_the_list_event()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Auto Event");
        var list = await database.AddListAsync("Zdarzenie");
        var ruleId = await database.CreateRuleAsync(Manager, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Nowy" }, new RecordingRuleScheduler());
        await database.RunRuleAsync(ruleId);
        var newcomer = await database.AddContactsAsync(1, "Przybysz");

        await database.AddToListAsync(list, newcomer);
        Assert.Empty(await database.DealContactsAsync(pipelineId, "Nowy"));
        await database.DispatchOutboxAsync();

        Assert.Equal(newcomer, await database.DealContactsAsync(pipelineId, "Nowy"));
        Assert.Equal(1, (await database.RuleAsync(ruleId)).AddedCount);
    }

    [Fact]
    public async Task A_contact_whose_list_event_was_lost_is_converted_by_the_sweep()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Auto Sweep");
        var list = await database.AddListAsync("Zgubione");
        await database.CreateRuleAsync(Manager, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Siatka" }, new RecordingRuleScheduler());
        var newcomer = await database.AddContactsAsync(1, "Zgubiony");
        await database.AddToListAsync(list, newcomer);
        await database.LoseOutboxEventsAsync();
        await database.DispatchOutboxAsync();
        Assert.Empty(await database.DealContactsAsync(pipelineId, "Siatka"));

        await database.SweepAsync();

        Assert.Equal(newcomer, await database.DealContactsAsync(pipelineId, "Siatka"));
    }

    [Fact]
    public async Task Two_runs_in_parallel_on_the_same_database_file_create_each_deal_once()
    {
        for (var round = 0; round < 3; round++)
        {
            var (pipelineId, stageId) = await database.AddPipelineAsync("Auto Parallel " + round);
            var list = await database.AddListAsync("Równolegle");
            var members = await database.AddContactsAsync(1500, "Równoległy" + round);
            await database.AddToListAsync(list, members);
            var ruleId = await database.CreateRuleAsync(Manager, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Wyścig" }, new RecordingRuleScheduler());

            var results = await Task.WhenAll(Task.Run(() => database.RunRuleAsync(ruleId)), Task.Run(() => database.RunRuleAsync(ruleId)));

            Assert.Equal(1500, results.Sum());
            Assert.Equal(members, await database.DealContactsAsync(pipelineId, "Wyścig"));
            Assert.Equal(1500, (await database.RuleAsync(ruleId)).AddedCount);
        }
    }

    [Fact]
    public async Task A_paused_rule_converts_nobody_and_on_resume_catches_up_with_who_joined_meanwhile()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Auto Pause");
        var list = await database.AddListAsync("Pauza");
        var scheduler = new RecordingRuleScheduler();
        var ruleId = await database.CreateRuleAsync(Manager, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Wstrzymany" }, scheduler);
        await using (var db = database.Context(Manager))
        {
            Assert.True((await AutoConversionScene.Rules(db, Manager, scheduler).PauseAsync(ruleId, CancellationToken.None)).Succeeded);
        }

        var waiting = await database.AddContactsAsync(2, "Czekający");
        await database.AddToListAsync(list, waiting);
        await database.DispatchOutboxAsync();
        await database.SweepAsync();
        await database.RunRuleAsync(ruleId);
        Assert.Empty(await database.DealContactsAsync(pipelineId, "Wstrzymany"));
        Assert.True((await database.RuleAsync(ruleId)).IsPaused);

        scheduler.Enqueued.Clear();
        await using (var db = database.Context(Manager))
        {
            Assert.True((await AutoConversionScene.Rules(db, Manager, scheduler).ResumeAsync(ruleId, CancellationToken.None)).Succeeded);
        }

        Assert.Equal([ruleId], scheduler.Enqueued);
        await database.RunRuleAsync(ruleId);
        Assert.Equal(waiting, await database.DealContactsAsync(pipelineId, "Wstrzymany"));
    }

    [Fact]
    public async Task A_member_holding_an_open_deal_of_the_label_is_handled_but_not_given_a_second_one()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Auto Holder");
        var list = await database.AddListAsync("Posiadacze");
        var members = await database.AddContactsAsync(2, "Posiadacz");
        await database.AddDealAsync(stageId, members[0], "serwis");
        await database.AddToListAsync(list, members);

        var ruleId = await database.CreateRuleAsync(Manager, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Serwis" }, new RecordingRuleScheduler());
        await database.RunRuleAsync(ruleId);
        await database.SweepAsync();

        await using var db = database.Context(new SystemUser());
        Assert.Equal([members[0], members[1]], await db.Deals.Where(d => d.PipelineId == pipelineId).OrderBy(d => d.ContactId).Select(d => d.ContactId).ToListAsync());
        Assert.Equal(1, (await database.RuleAsync(ruleId)).AddedCount);
        var handled = await db.AutoConversionRuleContacts.Where(h => h.RuleId == ruleId).OrderBy(h => h.ContactId).Select(h => new { h.ContactId, h.DealId }).ToListAsync();
        Assert.Equal([(members[0], false), (members[1], true)], handled.Select(h => (h.ContactId, h.DealId.HasValue)));
    }

    [Fact]
    public async Task A_segment_rule_converts_the_segments_matches_at_the_sweep_and_newcomers_at_the_next()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Auto Segment");
        var segmentOwner = TestUser.Manager(await database.AddUserAsync("auto-run-segment-owner"));
        var segmentId = await database.AddSegmentAsync(segmentOwner.UserId!, "Segmentowy");
        var matches = await database.AddContactsAsync(2, "Segmentowy");
        await database.AddContactsAsync(1, "Inny");
        var ruleId = await database.CreateRuleAsync(segmentOwner, pipelineId, new AutoConversionRuleInput { SegmentId = segmentId, StageId = stageId, Label = "Segment" }, new RecordingRuleScheduler());

        await database.SweepAsync();
        Assert.Equal(matches, await database.DealContactsAsync(pipelineId, "Segment"));

        var newcomer = await database.AddContactsAsync(1, "Segmentowy");
        await database.SweepAsync();
        Assert.Equal([.. matches, .. newcomer], await database.DealContactsAsync(pipelineId, "Segment"));
        Assert.Equal(3, (await database.RuleAsync(ruleId)).AddedCount);
    }

    [Fact]
    public async Task After_a_restart_new_runs_on_the_same_database_add_nothing_twice()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Auto Restart");
        var list = await database.AddListAsync("Restart");
        var members = await database.AddContactsAsync(4, "Trwały");
        await database.AddToListAsync(list, members);
        var ruleId = await database.CreateRuleAsync(Manager, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Trwały" }, new RecordingRuleScheduler());
        await database.RunRuleAsync(ruleId);

        // A restart with in-memory job storage: the queue is gone, the services are new, the tables remain.
        var again = await database.RunRuleAsync(ruleId) + await database.SweepAsync();
        await database.DispatchOutboxAsync();

        Assert.Equal(0, again);
        Assert.Equal(members, await database.DealContactsAsync(pipelineId, "Trwały"));
        Assert.Equal(4, (await database.RuleAsync(ruleId)).AddedCount);
    }
}
