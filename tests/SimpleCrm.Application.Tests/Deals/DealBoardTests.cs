using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>The pipeline board: its columns' counts, totals and weighted totals, its filters and visibility, and its keyset paging.</summary>
public sealed class DealBoardTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-board-admin");

    [Fact]
    public async Task Each_column_counts_its_deals_and_sums_and_weighs_their_values_per_currency()
    {
        var pipelineId = await database.AddPipelineAsync(Admin, "Board sums");
        var stages = await database.StagesAsync(pipelineId);
        var contact = await database.AddContactAsync("Sumowa");
        await database.DealAsync(stages[0].Id, contact, "A", 100m, "PLN");
        await database.DealAsync(stages[0].Id, contact, "B", 50.5m, "PLN");
        await database.DealAsync(stages[0].Id, contact, "C", 200m, "EUR");
        await database.DealAsync(stages[0].Id, contact, "D");
        await database.DealAsync(stages[2].Id, contact, "E", 1000m, "PLN");

        await using var db = database.Context(Admin);
        var board = await database.Board(db, Admin).BoardAsync(pipelineId, new DealFilter(), CancellationToken.None);

        Assert.NotNull(board);
        Assert.Equal(stages.Select(s => s.Id), board.Columns.Select(c => c.StageId));
        var first = board.Columns[0];
        Assert.Equal(4, first.Count);
        Assert.Equal([new DealAmountTotal("EUR", 200m, 20m), new DealAmountTotal("PLN", 150.5m, 15.05m)], first.Totals);
        Assert.Equal([new DealAmountTotal("PLN", 1000m, 500m)], board.Columns[2].Totals);
        Assert.Equal([StageKind.Won, StageKind.Lost], board.Columns.Skip(4).Select(c => c.Kind));
        Assert.All(board.Columns.Skip(4), c => Assert.Equal(0, c.Count));
    }

    [Fact]
    public async Task A_rep_counts_only_deals_they_may_see_and_the_filters_narrow_counts_and_cards()
    {
        var rep = await database.AddUserAsync("deal-board-rep");
        var colleague = await database.AddUserAsync("deal-board-colleague");
        var pipelineId = await database.AddPipelineAsync(Admin, "Board visibility");
        var stageId = (await database.StagesAsync(pipelineId))[0].Id;
        int repsContact, othersContact;
        await using (var seed = database.Context(new SystemUser()))
        {
            repsContact = (await ContactRows.AddAsync(seed, 1, "Repowa", rep))[0];
            othersContact = (await ContactRows.AddAsync(seed, 1, "Obcowa", colleague))[0];
        }

        var small = await database.DealAsync(stageId, repsContact, "Small", 10m, "PLN", rep);
        var big = await database.DealAsync(stageId, repsContact, "Big", 900m, "PLN", rep);
        await database.DealAsync(stageId, othersContact, "Hidden", 500m, "PLN", colleague);

        await using var db = database.Context(TestUser.SalesRep(rep));
        var boards = database.Board(db, TestUser.SalesRep(rep));
        var all = (await boards.BoardAsync(pipelineId, new DealFilter(), CancellationToken.None))!.Columns[0];
        var over100 = (await boards.BoardAsync(pipelineId, new DealFilter { ValueFrom = 100m }, CancellationToken.None))!.Columns[0];
        var byLabel = (await boards.BoardAsync(pipelineId, new DealFilter { Label = "small" }, CancellationToken.None))!.Columns[0];

        Assert.Equal(2, all.Count);
        Assert.Equal([new DealAmountTotal("PLN", 910m, 91m)], all.Totals);
        Assert.Equal([big], over100.Cards.Select(c => c.Id));
        Assert.Equal(1, over100.Count);
        Assert.Equal([small], byLabel.Cards.Select(c => c.Id));
    }

    [Fact]
    public async Task Only_overdue_keeps_open_deals_past_their_close_by_date()
    {
        var pipelineId = await database.AddPipelineAsync(Admin, "Board overdue");
        var stages = await database.StagesAsync(pipelineId);
        var contact = await database.AddContactAsync("Terminowa");
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        var late = await database.DealAsync(stages[0].Id, contact, "Late", closeBy: today.AddDays(-1));
        await database.DealAsync(stages[0].Id, contact, "On time", closeBy: today.AddDays(1));
        await database.DealAsync(stages[4].Id, contact, "Won late", closeBy: today.AddDays(-3));

        await using var db = database.Context(Admin);
        var board = await database.Board(db, Admin).BoardAsync(pipelineId, new DealFilter { OverdueOnly = true }, CancellationToken.None);

        Assert.Equal([late], board!.Columns.SelectMany(c => c.Cards).Select(c => c.Id));
        Assert.True(DealHighlights.IsOverdue(true, today.AddDays(-1), today));
        Assert.False(DealHighlights.IsOverdue(false, today.AddDays(-1), today));
    }

    [Fact]
    public async Task A_column_pages_its_cards_by_rank_then_id_without_gaps_or_repeats()
    {
        var pipelineId = await database.AddPipelineAsync(Admin, "Board paging");
        var stageId = (await database.StagesAsync(pipelineId))[1].Id;
        var contact = await database.AddContactAsync("Stronicowa");
        var ids = new List<int>();
        for (var i = 0; i < DealBoard.PageSize + 5; i++)
        {
            ids.Add(await database.AddDealAsync(stageId, contact, "Label " + i));
        }

        await using var db = database.Context(Admin);
        var board = database.Board(db, Admin);
        var first = (await board.BoardAsync(pipelineId, new DealFilter(), CancellationToken.None))!.Columns[1];
        var last = first.Cards[^1];
        var next = await board.CardsAsync(pipelineId, stageId, new DealFilter(), last.Rank, last.Id, CancellationToken.None);

        Assert.Equal(DealBoard.PageSize + 5, first.Count);
        Assert.Equal(DealBoard.PageSize, first.Cards.Count);
        Assert.Equal(5, next.Count);
        var shown = first.Cards.Concat(next).ToList();
        Assert.Equal(ids.Order(), shown.Select(c => c.Id).Order());
        Assert.Equal(shown.OrderBy(c => c.Rank).ThenBy(c => c.Id).Select(c => c.Id), shown.Select(c => c.Id));
    }

    [Fact]
    public async Task An_archived_or_unknown_pipeline_has_no_board()
    {
        var pipelineId = await database.AddPipelineAsync(Admin, "Board archived");
        await using (var seed = database.Context(new SystemUser()))
        {
            await seed.Pipelines.Where(p => p.Id == pipelineId).ExecuteUpdateAsync(u => u.SetProperty(p => p.IsArchived, true));
        }

        await using var db = database.Context(Admin);
        var board = database.Board(db, Admin);

        Assert.Null(await board.BoardAsync(pipelineId, new DealFilter(), CancellationToken.None));
        Assert.Null(await board.BoardAsync(int.MaxValue, new DealFilter(), CancellationToken.None));
        Assert.DoesNotContain(await board.PipelinesAsync(CancellationToken.None), p => p.Id == pipelineId);
    }
}
