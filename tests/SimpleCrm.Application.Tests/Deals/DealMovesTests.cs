using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>Cards dragged on the board: within a column, into another stage, into Lost, with a stale version, out of sight.</summary>
public sealed class DealMovesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-moves-admin");

    [Fact]
    public async Task A_card_dropped_in_its_own_column_lands_above_the_card_it_was_dropped_on()
    {
        var stageId = (await database.StagesAsync(await database.AddPipelineAsync(Admin, "Moves within")))[0].Id;
        var contact = await database.AddContactAsync("Przesuwna");
        var bottom = await database.AddDealAsync(stageId, contact, "Bottom");
        var middle = await database.AddDealAsync(stageId, contact, "Middle");
        var top = await database.AddDealAsync(stageId, contact, "Top");
        await database.SetRankAsync(top, 10);
        await database.SetRankAsync(middle, 20);
        await database.SetRankAsync(bottom, 30);
        var version = (await database.ReadDealAsync(top)).Version;

        await using var db = database.Context(Admin);
        var moved = await database.Moves(db, Admin).MoveCardAsync(top, stageId, bottom, version, null, CancellationToken.None);

        Assert.True(moved.Succeeded);
        await using var check = database.Context(Admin);
        var order = await check.Deals.Where(d => d.StageId == stageId).OrderBy(d => d.BoardRank).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync();
        Assert.Equal([middle, top, bottom], order);
        Assert.Equal(moved.Value, (await database.ReadDealAsync(top)).Version);
        Assert.Equal(0, await check.History.CountAsync(h => h.RecordId == top && h.Action == PipelineMessages.StageChanged));
    }

    [Fact]
    public async Task A_card_dropped_in_another_column_enters_that_stage_at_the_drop_place_and_is_active_again()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Moves between"));
        var contact = await database.AddContactAsync("Etapowa");
        var moving = await database.AddDealAsync(stages[0].Id, contact, "Moving");
        var upper = await database.AddDealAsync(stages[1].Id, contact, "Upper");
        var lower = await database.AddDealAsync(stages[1].Id, contact, "Lower");
        await database.SetRankAsync(upper, 10);
        await database.SetRankAsync(lower, 20);
        var version = (await database.ReadDealAsync(moving)).Version;
        database.Clock.Now = database.Clock.Now.AddDays(3);

        await using var db = database.Context(Admin);
        var moved = await database.Moves(db, Admin).MoveCardAsync(moving, stages[1].Id, lower, version, null, CancellationToken.None);

        Assert.True(moved.Succeeded);
        var deal = await database.ReadDealAsync(moving);
        Assert.Equal(stages[1].Id, deal.StageId);
        Assert.Equal(database.Clock.Now.UtcDateTime, deal.LastActivityAt);
        await using var check = database.Context(Admin);
        var order = await check.Deals.Where(d => d.StageId == stages[1].Id).OrderBy(d => d.BoardRank).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync();
        Assert.Equal([upper, moving, lower], order);
        Assert.Equal(1, await check.History.CountAsync(h => h.RecordId == moving && h.Action == PipelineMessages.StageChanged));
    }

    [Fact]
    public async Task A_move_with_a_stale_version_is_refused_and_nothing_moves()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Moves stale"));
        var deal = await database.AddDealAsync(stages[0].Id, await database.AddContactAsync("Nieaktualna"), "Stale");
        var before = await database.ReadDealAsync(deal);

        await using var db = database.Context(Admin);
        var moved = await database.Moves(db, Admin).MoveCardAsync(deal, stages[2].Id, null, Guid.NewGuid(), null, CancellationToken.None);

        Assert.Equal([Messages.ConcurrencyConflict], moved.Failures.Select(f => f.MessageKey));
        var after = await database.ReadDealAsync(deal);
        Assert.Equal(stages[0].Id, after.StageId);
        Assert.Equal(before.BoardRank, after.BoardRank);
        await using var check = database.Context(Admin);
        Assert.Equal(0, await check.History.CountAsync(h => h.RecordId == deal && h.Action == PipelineMessages.StageChanged));
    }

    [Fact]
    public async Task Entering_a_lost_stage_takes_an_offered_reason_and_is_refused_without_one()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Moves lost"));
        var lost = stages.Single(s => s.Kind == StageKind.Lost);
        var deal = await database.AddDealAsync(stages[0].Id, await database.AddContactAsync("Przegrana"), "Lost one");
        var reason = await database.AddLostReasonAsync(Admin, "Za drogo (moves)");
        var archived = await database.AddLostReasonAsync(Admin, "Archiwalny (moves)");
        await using (var seed = database.Context(Admin))
        {
            await TestDatabase.LostReasons(seed, Admin).SetArchivedAsync(archived, true, CancellationToken.None);
        }

        var version = (await database.ReadDealAsync(deal)).Version;
        await using var db = database.Context(Admin);
        var moves = database.Moves(db, Admin);
        var withoutReason = await moves.MoveCardAsync(deal, lost.Id, null, version, null, CancellationToken.None);
        var withArchived = await moves.MoveCardAsync(deal, lost.Id, null, version, archived, CancellationToken.None);
        Assert.Equal(stages[0].Id, (await database.ReadDealAsync(deal)).StageId);
        var withReason = await moves.MoveCardAsync(deal, lost.Id, null, version, reason, CancellationToken.None);

        Assert.Equal([DealBoardMessages.LostReasonRequired], withoutReason.Failures.Select(f => f.MessageKey));
        Assert.Equal([DealBoardMessages.LostReasonRequired], withArchived.Failures.Select(f => f.MessageKey));
        Assert.True(withReason.Succeeded);
        var after = await database.ReadDealAsync(deal);
        Assert.Equal((lost.Id, reason, false), (after.StageId, after.LostReasonId, after.IsOpen));
        Assert.NotNull(after.ClosedAt);
    }

    [Fact]
    public async Task A_deal_the_user_may_not_see_is_not_found_and_a_stage_of_another_pipeline_is_refused()
    {
        var rep = await database.AddUserAsync("deal-moves-rep");
        var colleague = await database.AddUserAsync("deal-moves-colleague");
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Moves hidden"));
        var otherStages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Moves elsewhere"));
        int othersContact;
        await using (var seed = database.Context(new SystemUser()))
        {
            othersContact = (await ContactRows.AddAsync(seed, 1, "Ukryta", colleague))[0];
        }

        var deal = await database.AddDealAsync(stages[0].Id, othersContact, "Hidden");
        var version = (await database.ReadDealAsync(deal)).Version;

        await using var db = database.Context(TestUser.SalesRep(rep));
        var hidden = await database.Moves(db, TestUser.SalesRep(rep)).MoveCardAsync(deal, stages[1].Id, null, version, null, CancellationToken.None);
        await using var adminDb = database.Context(Admin);
        var elsewhere = await database.Moves(adminDb, Admin).MoveCardAsync(deal, otherStages[1].Id, null, version, null, CancellationToken.None);

        Assert.True(hidden.IsNotFound);
        Assert.Equal([DealBoardMessages.StageUnknown], elsewhere.Failures.Select(f => f.MessageKey));
        Assert.Equal(stages[0].Id, (await database.ReadDealAsync(deal)).StageId);
    }

    [Fact]
    public void A_deal_is_idle_from_the_chosen_number_of_quiet_days_and_only_while_open()
    {
        var now = new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

        Assert.Equal(14, DealHighlights.IdleFor(true, now.AddDays(-14), now, 14));
        Assert.Null(DealHighlights.IdleFor(true, now.AddDays(-13), now, 14));
        Assert.Null(DealHighlights.IdleFor(false, now.AddDays(-40), now, 14));
        Assert.Equal(DealFilter.DefaultIdleDays, DealHighlights.IdleDaysOf(new DealFilter()));
        Assert.Equal(1, DealHighlights.IdleDaysOf(new DealFilter { IdleDays = -5 }));
    }
}
