using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.AutoConversion;

/// <summary>The rules themselves: who may change them, what a rule must say, how a stage and a pipeline list them.</summary>
public sealed class AutoConversionRulesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("auto-rules-admin");
    private static readonly TestUser Manager = TestUser.Manager("auto-rules-manager");
    private static readonly TestUser Rep = TestUser.SalesRep("auto-rules-rep");
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_sales_rep_may_not_create_pause_resume_or_delete_a_rule()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Rules Rep");
        var list = await database.AddListAsync("Przedstawiciel");
        var scheduler = new RecordingRuleScheduler();
        var ruleId = await database.CreateRuleAsync(Manager, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Rep" }, scheduler);
        await using var db = database.Context(Rep);
        var rules = AutoConversionScene.Rules(db, Rep, scheduler);

        Assert.False(rules.MayChange);
        Assert.True((await rules.CreateAsync(pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Rep 2" }, None)).IsNotFound);
        Assert.True((await rules.PauseAsync(ruleId, None)).IsNotFound);
        Assert.True((await rules.ResumeAsync(ruleId, None)).IsNotFound);
        Assert.True((await rules.DeleteAsync(ruleId, None)).IsNotFound);
        Assert.False((await database.RuleAsync(ruleId)).IsPaused);
        Assert.Single(await rules.ListForPipelineAsync(pipelineId, None) ?? []);
    }

    [Fact]
    public async Task A_rule_needs_exactly_one_source_a_stage_of_its_pipeline_a_label_and_sane_numbers()
    {
        var (pipelineId, _) = await database.AddPipelineAsync("Rules Validation");
        var (_, otherStageId) = await database.AddPipelineAsync("Rules Validation other");
        var list = await database.AddListAsync("Walidacja");
        var segmentId = await database.AddSegmentAsync(await database.AddUserAsync("auto-rules-segment-owner"), "Nikt");
        var scheduler = new RecordingRuleScheduler();
        await using var db = database.Context(Manager);
        var rules = AutoConversionScene.Rules(db, Manager, scheduler);

        var none = await rules.CreateAsync(pipelineId, new AutoConversionRuleInput { StageId = otherStageId, Label = " ", Currency = "ZŁ", Value = -1, CloseByOffsetDays = -3 }, None);
        var both = await rules.CreateAsync(pipelineId, new AutoConversionRuleInput { ListId = list.Id, SegmentId = segmentId, StageId = otherStageId, Label = "x" }, None);
        var privateSegment = await rules.CreateAsync(pipelineId, new AutoConversionRuleInput { SegmentId = segmentId, StageId = otherStageId, Label = "x" }, None);

        Assert.Equal(
            [AutoConversionMessages.SourceRequired, AutoConversionMessages.StageRequired, Messages.Required, AutoConversionMessages.NegativeValue, AutoConversionMessages.InvalidCurrency, AutoConversionMessages.InvalidOffset],
            none.Failures.Select(f => f.MessageKey));
        Assert.Equal(AutoConversionMessages.OneSource, both.Failures[0].MessageKey);
        Assert.Equal((Messages.InvalidValue, nameof(AutoConversionRuleInput.SegmentId)), (privateSegment.Failures[0].MessageKey, privateSegment.Failures[0].Field));
        Assert.Empty(scheduler.Enqueued);
    }

    [Fact]
    public async Task A_stage_lists_the_rules_feeding_it_with_their_source_status_and_count()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Rules Listing");
        var list = await database.AddListAsync("Lista");
        var scheduler = new RecordingRuleScheduler();
        var members = await database.AddContactsAsync(2, "Wymieniony");
        await database.AddToListAsync(list, members);
        var ruleId = await database.CreateRuleAsync(Admin, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Wykaz" }, scheduler);
        await database.RunRuleAsync(ruleId);
        await using (var pause = database.Context(Admin))
        {
            await AutoConversionScene.Rules(pause, Admin, scheduler).PauseAsync(ruleId, None);
        }

        await using var db = database.Context(Rep);
        var rules = AutoConversionScene.Rules(db, Rep, scheduler);
        var rule = Assert.Single(await rules.ListForStageAsync(stageId, None));

        Assert.Equal((ruleId, pipelineId, list.Name, false, "Wykaz", true, 2), (rule.Id, rule.PipelineId, rule.SourceName, rule.IsSegment, rule.Label, rule.IsPaused, rule.AddedCount));
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, rule.LastRunAt);
        Assert.Empty(await rules.ListForStageAsync(stageId + 1, None));
        Assert.Null(await rules.ListForPipelineAsync(-1, None));
    }

    [Fact]
    public async Task Deleting_a_rule_keeps_its_deals()
    {
        var (pipelineId, stageId) = await database.AddPipelineAsync("Rules Delete");
        var list = await database.AddListAsync("Usuwana");
        await database.AddToListAsync(list, await database.AddContactsAsync(1, "Zostaje"));
        var scheduler = new RecordingRuleScheduler();
        var ruleId = await database.CreateRuleAsync(Admin, pipelineId, new AutoConversionRuleInput { ListId = list.Id, StageId = stageId, Label = "Zostaje" }, scheduler);
        await database.RunRuleAsync(ruleId);

        await using var db = database.Context(Admin);
        Assert.True((await AutoConversionScene.Rules(db, Admin, scheduler).DeleteAsync(ruleId, None)).Succeeded);

        Assert.Empty(await AutoConversionScene.Rules(db, Admin, scheduler).ListForPipelineAsync(pipelineId, None) ?? [new AutoConversionRuleSummary(0, 0, "", false, 0, "", null, "", false, 0, null, null)]);
        Assert.Single(await database.DealContactsAsync(pipelineId, "Zostaje"));
    }
}
