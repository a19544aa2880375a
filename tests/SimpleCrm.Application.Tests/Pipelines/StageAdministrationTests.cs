using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Pipelines;

public sealed class StageAdministrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("stages-admin");

    [Fact]
    public async Task An_added_stage_goes_last_with_its_kind_probability_and_colour()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage add");
        await using var db = database.Context(Admin);

        var result = await database.Stages(db, Admin).AddAsync(pipeline, new StageInput { Name = "Demo", Kind = StageKind.Open, Probability = 40, Color = "#AABBCC" }, CancellationToken.None);

        var added = (await database.StagesAsync(pipeline))[^1];
        Assert.Equal((result.Value, "Demo", 6, 40, "#aabbcc", (string?)null), (added.Id, added.Name, added.Position, added.Probability, added.Color, added.ResourceKey));
    }

    [Fact]
    public async Task A_stage_with_a_bad_probability_colour_or_a_name_its_pipeline_has_is_refused()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage invalid");
        await using var db = database.Context(Admin);
        var stages = database.Stages(db, Admin);

        var result = await stages.AddAsync(pipeline, new StageInput { Name = "proposal", Probability = 101, Color = "red" }, CancellationToken.None);
        var negative = await stages.AddAsync(pipeline, new StageInput { Name = "Fine", Probability = -1 }, CancellationToken.None);

        Assert.Equal(
            [(PipelineMessages.InvalidColor, nameof(StageInput.Color)), (PipelineMessages.InvalidProbability, nameof(StageInput.Probability)), (PipelineMessages.StageNameTaken, nameof(StageInput.Name))],
            result.Failures.Select(f => (f.MessageKey, f.Field)).Order());
        Assert.Equal(PipelineMessages.InvalidProbability, Assert.Single(negative.Failures).MessageKey);
        Assert.Equal(6, (await database.StagesAsync(pipeline)).Count);
    }

    [Fact]
    public async Task The_last_open_stage_can_neither_change_kind_nor_be_deleted()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage last open");
        var open = (await database.StagesAsync(pipeline)).Where(s => s.Kind == StageKind.Open).ToList();
        await using var db = database.Context(Admin);
        var stages = database.Stages(db, Admin);
        foreach (var stage in open.Skip(1))
        {
            Assert.True((await stages.DeleteAsync(stage.Id, null, CancellationToken.None)).Succeeded);
        }

        var kind = await stages.UpdateAsync(open[0].Id, new StageInput { Name = "Nowy", Kind = StageKind.Won, Color = "#000000" }, CancellationToken.None);
        var delete = await stages.DeleteAsync(open[0].Id, null, CancellationToken.None);

        Assert.Equal(PipelineMessages.LastOpenStage, Assert.Single(kind.Failures).MessageKey);
        Assert.Equal(PipelineMessages.LastOpenStage, Assert.Single(delete.Failures).MessageKey);
        Assert.Equal(StageKind.Open, (await database.StagesAsync(pipeline)).Single(s => s.Id == open[0].Id).Kind);
    }

    [Fact]
    public async Task Editing_a_stage_renames_it_and_a_stage_holding_deals_keeps_its_kind()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage edit");
        var stages = await database.StagesAsync(pipeline);
        await database.AddDealAsync(stages[1].Id, await database.AddContactAsync("Edytowana"), "Kind");
        await using var db = database.Context(Admin);
        var administration = database.Stages(db, Admin);

        var renamed = await administration.UpdateAsync(stages[0].Id, new StageInput { Name = "Pierwszy kontakt", Kind = StageKind.Open, Probability = null, Color = "#112233" }, CancellationToken.None);
        var kind = await administration.UpdateAsync(stages[1].Id, new StageInput { Name = stages[1].Name, Kind = StageKind.Lost, Color = "#112233" }, CancellationToken.None);

        Assert.True(renamed.Succeeded);
        Assert.Equal(PipelineMessages.KindInUse, Assert.Single(kind.Failures).MessageKey);
        var after = await database.StagesAsync(pipeline);
        Assert.Equal(("Pierwszy kontakt", (string?)null, (int?)null), (after[0].Name, after[0].ResourceKey, after[0].Probability));
        Assert.Equal(StageKind.Open, after[1].Kind);
    }

    [Fact]
    public async Task Reordering_rewrites_the_positions_and_refuses_a_list_that_is_not_the_pipelines_stages()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage order");
        var other = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Stage order other"));
        var ids = (await database.StagesAsync(pipeline)).Select(s => s.Id).ToList();
        await using var db = database.Context(Admin);
        var stages = database.Stages(db, Admin);
        int[] reversed = [.. ids.AsEnumerable().Reverse()];

        var saved = await stages.ReorderAsync(pipeline, reversed, CancellationToken.None);
        var forged = await stages.ReorderAsync(pipeline, [.. ids.Skip(1), other[0].Id], CancellationToken.None);
        var moved = await stages.MoveAsync(reversed[0], 1, CancellationToken.None);

        Assert.True(saved.Succeeded && moved.Succeeded);
        Assert.Equal(PipelineMessages.StageOrderOutdated, Assert.Single(forged.Failures).MessageKey);
        Assert.Equal([reversed[1], reversed[0], .. reversed[2..]], (await database.StagesAsync(pipeline)).Select(s => s.Id));
    }

    [Fact]
    public async Task Deleting_an_empty_stage_removes_it_at_once()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage empty");
        var proposal = (await database.StagesAsync(pipeline))[2];
        await using var db = database.Context(Admin);

        var result = await database.Stages(db, Admin).DeleteAsync(proposal.Id, null, CancellationToken.None);

        Assert.Equal(0, result.Value);
        Assert.DoesNotContain(proposal.Id, (await database.StagesAsync(pipeline)).Select(s => s.Id));
    }

    [Fact]
    public async Task Deleting_a_stage_holding_deals_moves_them_all_to_the_chosen_stage_with_a_history_line_each()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage move");
        var stages = await database.StagesAsync(pipeline);
        var deals = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            deals.Add(await database.AddDealAsync(stages[2].Id, await database.AddContactAsync("Przenoszona" + i), "Oferta", deleted: i == 2));
        }

        var untouched = await database.AddDealAsync(stages[1].Id, await database.AddContactAsync("Nieruszana"), "Oferta");
        await using var db = database.Context(Admin);
        var administration = database.Stages(db, Admin);

        var deletion = (await administration.DeletionAsync(stages[2].Id, CancellationToken.None)).Value!;
        var noTarget = await administration.DeleteAsync(stages[2].Id, null, CancellationToken.None);
        var wonTarget = await administration.DeleteAsync(stages[2].Id, stages[4].Id, CancellationToken.None);
        var moved = await administration.DeleteAsync(stages[2].Id, stages[3].Id, CancellationToken.None);

        Assert.Equal(3, deletion.DealCount);
        Assert.Equal([stages[0].Id, stages[1].Id, stages[3].Id], deletion.Targets.Select(t => t.Id));
        Assert.Equal(PipelineMessages.MoveTargetRequired, Assert.Single(noTarget.Failures).MessageKey);
        Assert.Equal(PipelineMessages.MoveTargetRequired, Assert.Single(wonTarget.Failures).MessageKey);
        Assert.Equal(3, moved.Value);
        await using var check = database.Context(new SystemUser());
        Assert.Equal(
            [.. deals.Select(d => (d, stages[3].Id)), (untouched, stages[1].Id)],
            await check.Deals.IgnoreQueryFilters().Where(d => d.PipelineId == pipeline).OrderBy(d => d.Id).Select(d => ValueTuple.Create(d.Id, d.StageId)).ToListAsync());
        var lines = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Deal && h.Action == PipelineMessages.StageChanged && deals.Contains(h.RecordId))
            .OrderBy(h => h.RecordId).ToListAsync();
        Assert.Equal(deals, lines.Select(l => l.RecordId));
        Assert.All(lines, l => Assert.Equal(("Proposal → Negotiation", Admin.UserId), (l.Details, l.UserId)));
        Assert.DoesNotContain(stages[2].Id, (await database.StagesAsync(pipeline)).Select(s => s.Id));
    }

    [Fact]
    public async Task A_stage_of_another_pipeline_cannot_take_the_deals()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage foreign");
        var foreign = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Stage foreign other"));
        var stage = (await database.StagesAsync(pipeline))[0];
        var deal = await database.AddDealAsync(stage.Id, await database.AddContactAsync("Obca"), "Oferta");
        await using var db = database.Context(Admin);

        var result = await database.Stages(db, Admin).DeleteAsync(stage.Id, foreign[1].Id, CancellationToken.None);

        Assert.Equal(PipelineMessages.MoveTargetRequired, Assert.Single(result.Failures).MessageKey);
        await using var check = database.Context(new SystemUser());
        Assert.Equal(stage.Id, (await check.Deals.SingleAsync(d => d.Id == deal)).StageId);
    }

    [Fact]
    public async Task A_deals_stage_line_is_on_the_history_feed_of_those_who_see_the_deal_only()
    {
        var pipeline = await database.AddPipelineAsync(Admin, "Stage feed");
        var stages = await database.StagesAsync(pipeline);
        var deal = await database.AddDealAsync(stages[2].Id, await database.AddContactAsync("Feedowa"), "Oferta");
        var rep = TestUser.SalesRep(await database.AddUserAsync("stage-feed-rep"));
        await using var db = database.Context(Admin);
        await database.Stages(db, Admin).DeleteAsync(stages[2].Id, stages[3].Id, CancellationToken.None);

        var adminFeed = await database.Timeline(db, Admin).AcrossAsync(new TimelineFilter(), 1, CancellationToken.None);
        var repFeed = await database.Timeline(db, rep).AcrossAsync(new TimelineFilter(), 1, CancellationToken.None);

        Assert.Contains(adminFeed.Items, l => l.Action == PipelineMessages.StageChanged && l.Record == Records.RecordRef.Deal(deal) && l.RecordName == "Oferta");
        Assert.DoesNotContain(repFeed.Items, l => l.Record == Records.RecordRef.Deal(deal));
    }
}
