using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Tests.TaskTemplates;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>Stages fire task templates on entry exactly as lead statuses do.</summary>
public sealed class DealTaskAutomationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly TestUser Admin = TestUser.Admin("deal-automation-admin");

    public Task InitializeAsync()
    {
        // Each test starts a few minutes after the last, so no firing of an earlier test is "within a minute".
        database.Clock.Now = database.Clock.Now.AddMinutes(10);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_deal_entering_a_stage_gets_the_templates_task_for_its_owner_with_a_log_line_once()
    {
        var (stages, rep) = await SceneAsync("Enter");
        await database.AddStageTemplateAsync("Follow up", stages[2].Id, t => (t.Title, t.DueInDays) = ("Follow up in 3 days", 3));
        var deal = await database.CreateDealAsync(rep, stages[0].Id, await database.AddContactAsync("Wejście"), "Serwis", rep.UserId);

        Assert.True(await database.MoveDealAsync(rep, deal, stages[2].Id));
        Assert.True(await database.MoveDealAsync(rep, deal, stages[2].Id));

        var task = Assert.Single(await database.DealTasksAsync(deal));
        Assert.Equal(("Follow up in 3 days", rep.UserId, database.Clock.Now.UtcDateTime.Date.AddDays(3)), (task.Title, (string?)task.AssigneeId, task.DueAt!.Value.Date));
        Assert.Equal([AutomationScene.Log("Follow up", "Follow up in 3 days")], await database.AutomationLogAsync(HistoryRecordTypes.Deal, deal));
    }

    [Fact]
    public async Task Two_parallel_moves_of_one_deal_on_two_connections_make_one_set_of_tasks_and_the_loser_gets_a_conflict()
    {
        var (stages, rep) = await SceneAsync("Race");
        await database.AddStageTemplateAsync("Deal race one", stages[2].Id);
        await database.AddStageTemplateAsync("Deal race two", stages[2].Id);
        var deal = await database.CreateDealAsync(rep, stages[0].Id, await database.AddContactAsync("Wyścig"), "Serwis", rep.UserId);
        var version = await database.DealVersionAsync(deal);

        await using var first = database.Context(rep);
        await using var second = database.Context(rep);
        var results = await Task.WhenAll(
            Task.Run(() => DealAutomationScene.MoveDealAsync(database, first, rep, deal, stages[2].Id, version)),
            Task.Run(() => DealAutomationScene.MoveDealAsync(database, second, rep, deal, stages[2].Id, version)));

        Assert.Single(results, r => r);
        Assert.Equal(["Deal race one task", "Deal race two task"], (await database.DealTasksAsync(deal)).Select(t => t.Title));
        Assert.Equal(2, (await database.AutomationLogAsync(HistoryRecordTypes.Deal, deal)).Count);
    }

    [Fact]
    public async Task A_transition_another_request_fired_already_is_a_lost_race_and_saves_nothing()
    {
        var (stages, rep) = await SceneAsync("Index");
        var template = await database.AddStageTemplateAsync("Deal index rule", stages[1].Id);
        var deal = await database.CreateDealAsync(rep, stages[0].Id, await database.AddContactAsync("Indeks"), "Serwis", rep.UserId);
        var version = await database.DealVersionAsync(deal);
        await using (var racer = database.Context(new SystemUser()))
        {
            racer.TaskTemplateFirings.Add(new TaskTemplateFiring
            {
                TaskTemplateId = template, RecordType = HistoryRecordTypes.Deal, RecordId = deal, TransitionKey = version, At = database.Clock.Now.UtcDateTime.AddMinutes(-5),
            });
            await racer.SaveChangesAsync();
        }

        Assert.False(await database.MoveDealAsync(rep, deal, stages[1].Id));

        Assert.Empty(await database.DealTasksAsync(deal));
        await using var check = database.Context(new SystemUser());
        Assert.Equal(stages[0].Id, await check.Deals.Where(d => d.Id == deal).Select(d => d.StageId).SingleAsync());
    }

    [Fact]
    public async Task A_deal_bouncing_back_into_the_stage_within_a_minute_does_not_fire_again_but_after_a_minute_it_does()
    {
        var (stages, rep) = await SceneAsync("Bounce");
        await database.AddStageTemplateAsync("Deal bounce", stages[2].Id);
        var deal = await database.CreateDealAsync(rep, stages[0].Id, await database.AddContactAsync("Odbicie"), "Serwis", rep.UserId);

        Assert.True(await database.MoveDealAsync(rep, deal, stages[2].Id));
        database.Clock.Now = database.Clock.Now.AddSeconds(20);
        Assert.True(await database.MoveDealAsync(rep, deal, stages[1].Id));
        database.Clock.Now = database.Clock.Now.AddSeconds(30);
        Assert.True(await database.MoveDealAsync(rep, deal, stages[2].Id));

        Assert.Single(await database.DealTasksAsync(deal));

        database.Clock.Now = database.Clock.Now.AddSeconds(61);
        Assert.True(await database.MoveDealAsync(rep, deal, stages[1].Id));
        Assert.True(await database.MoveDealAsync(rep, deal, stages[2].Id));

        Assert.Equal(2, (await database.DealTasksAsync(deal)).Count);
    }

    [Fact]
    public async Task Each_assignee_rule_picks_its_user_and_an_inactive_specific_user_falls_back_to_the_deals_owner()
    {
        var (stages, _) = await SceneAsync("Rules");
        var owner = await database.AddUserAsync("deal-rule-owner");
        var specialist = await database.AddUserAsync("deal-rule-specialist");
        var leaver = await database.AddUserAsync("deal-rule-leaver");
        var manager = TestUser.Manager(await database.AddUserAsync("deal-rule-manager"));
        var stage = stages[3].Id;
        await database.AddStageTemplateAsync("D responsible", stage, t => t.AssigneeRule = TaskTemplateAssigneeRule.ResponsibleUser);
        await database.AddStageTemplateAsync("D specialist", stage, t => (t.AssigneeRule, t.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, specialist));
        await database.AddStageTemplateAsync("D leaver", stage, t => (t.AssigneeRule, t.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, leaver));
        await database.AddStageTemplateAsync("D changer", stage, t => t.AssigneeRule = TaskTemplateAssigneeRule.ChangingUser);
        await using (var db = database.Context(new SystemUser()))
        {
            await db.Users.Where(u => u.Id == leaver).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
        }

        var deal = await database.CreateDealAsync(manager, stages[0].Id, await database.AddContactAsync("Reguły"), "Serwis", owner);

        Assert.True(await database.MoveDealAsync(manager, deal, stage));

        var assignees = (await database.DealTasksAsync(deal)).ToDictionary(t => t.Title, t => t.AssigneeId);
        Assert.Equal(owner, assignees["D responsible task"]);
        Assert.Equal(specialist, assignees["D specialist task"]);
        Assert.Equal(owner, assignees["D leaver task"]);
        Assert.Equal(manager.UserId, assignees["D changer task"]);
        Assert.Contains(AutomationScene.Log("D leaver", "D leaver task", fellBack: true), await database.AutomationLogAsync(HistoryRecordTypes.Deal, deal));
    }

    [Fact]
    public async Task A_deal_created_in_a_stage_with_templates_gets_their_tasks()
    {
        var (stages, rep) = await SceneAsync("Created");
        await database.AddStageTemplateAsync("Deal welcome", stages[0].Id);

        var deal = await database.CreateDealAsync(rep, stages[0].Id, await database.AddContactAsync("Nowa"), "Serwis", rep.UserId);

        Assert.Equal(rep.UserId, Assert.Single(await database.DealTasksAsync(deal)).AssigneeId);
        await using var check = database.Context(new SystemUser());
        Assert.Equal(Guid.Empty, await check.TaskTemplateFirings.Where(f => f.RecordType == HistoryRecordTypes.Deal && f.RecordId == deal).Select(f => f.TransitionKey).SingleAsync());
    }

    [Fact]
    public async Task Deals_added_in_bulk_get_the_stages_tasks_set_based_once_each_with_their_own_owners()
    {
        var (stages, _) = await SceneAsync("Bulk");
        var owner = await database.AddUserAsync("deal-bulk-owner");
        await database.AddStageTemplateAsync("Bulk call", stages[1].Id);
        List<int> contacts;
        await using (var seed = database.Context(new SystemUser()))
        {
            contacts = await ContactRows.AddAsync(seed, 1500, "Masowy", owner);
        }

        var created = new List<int>();
        await using (var db = database.Context(Admin))
        {
            var deals = new NewDeals(stages[0].PipelineId, stages[1].Id, "Licencja", null, null, null, null, DealSource.List);
            foreach (var batch in contacts.Chunk(1000))
            {
                var at = database.Clock.GetUtcNow().UtcDateTime;
                created.AddRange(await DealBatchInsert.InsertAsync(db, batch, deals, Admin.UserId, at, CancellationToken.None, TimeZoneInfo.Utc));
            }
        }

        await using var check = database.Context(new SystemUser());
        var tasks = await check.Tasks.AsNoTracking().Where(t => t.RecordType == HistoryRecordTypes.Deal && t.RecordId != null && created.Contains(t.RecordId.Value))
            .Select(t => new { t.RecordId, t.AssigneeId, t.Title }).ToListAsync();
        Assert.Equal(1500, created.Count);
        Assert.Equal(created.Order(), tasks.Select(t => t.RecordId!.Value).Order());
        Assert.All(tasks, t => Assert.Equal((owner, "Bulk call task"), (t.AssigneeId, t.Title)));
        Assert.Equal(1500, await check.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Deal && created.Contains(h.RecordId) && h.Action == TaskAutomation.AutomationTaskCreated));
    }

    [Fact]
    public async Task A_template_on_a_lead_status_does_not_fire_for_a_stage_and_a_stage_template_does_not_fire_for_a_lead_status()
    {
        var (stages, rep) = await SceneAsync("Apart");
        var statuses = await database.SeededStatusesAsync();
        var contacted = statuses["InProgress"];
        await database.AddTemplateAsync("Status only", contacted);
        await database.AddStageTemplateAsync("Stage only", stages[2].Id);
        var deal = await database.CreateDealAsync(rep, stages[0].Id, await database.AddContactAsync("Osobno"), "Serwis", rep.UserId);
        var lead = await database.AddLeadAsync(rep, "Osobny lead");

        Assert.True(await database.MoveDealAsync(rep, deal, stages[2].Id));
        Assert.True((await database.MoveLeadAsync(rep, lead, contacted)).Succeeded);

        Assert.Equal(["Stage only task"], (await database.DealTasksAsync(deal)).Select(t => t.Title));
        Assert.Equal(["Status only task"], (await database.LeadTasksAsync(lead)).Select(t => t.Title));
    }

    [Fact]
    public async Task Deleting_a_stage_with_templates_takes_its_triggers_and_leaves_the_templates_other_triggers()
    {
        var (stages, _) = await SceneAsync("Delete");
        var template = await database.AddStageTemplateAsync("Deal delete", stages[2].Id, t => t.StageIds.Add(stages[3].Id));

        await using (var db = database.Context(Admin))
        {
            Assert.True((await database.Stages(db, Admin).DeleteAsync(stages[2].Id, null, CancellationToken.None)).Succeeded);
        }

        await using var check = database.Context(Admin);
        Assert.Equal([stages[3].Id], (await TestDatabase.TaskTemplates(check, Admin).GetAsync(template, CancellationToken.None)).Value!.StageIds);
    }

    [Fact]
    public async Task The_template_form_offers_active_pipelines_stages_and_refuses_archived_or_unknown_ones_but_keeps_attached_archived_ones()
    {
        var (active, _) = await SceneAsync("Offered");
        var (archived, _) = await SceneAsync("Archived later");
        var template = await database.AddStageTemplateAsync("Deal kept", archived[1].Id);
        await using var db = database.Context(Admin);
        var administration = TestDatabase.TaskTemplates(db, Admin);
        Assert.True((await TestDatabase.Pipelines(db, Admin).SetArchivedAsync(archived[0].PipelineId, true, CancellationToken.None)).Succeeded);

        var form = await administration.FormAsync(null, CancellationToken.None);
        var refusedArchived = await administration.CreateAsync(new TaskTemplateInput { Name = "Archived stage", Title = "T", StageIds = [archived[2].Id] }, CancellationToken.None);
        var refusedBogus = await administration.CreateAsync(new TaskTemplateInput { Name = "Bogus stage", Title = "T", StageIds = [int.MaxValue] }, CancellationToken.None);
        var edited = await administration.UpdateAsync(template, new TaskTemplateInput { Name = "Deal kept", Title = "T", StageIds = [active[1].Id] }, CancellationToken.None);

        Assert.Contains(form.Pipelines, p => p.Id == active[0].PipelineId && p.Stages.Select(s => s.Id).SequenceEqual(active.Select(s => s.Id)));
        Assert.DoesNotContain(form.Pipelines, p => p.Id == archived[0].PipelineId);
        Assert.Equal([TaskTemplateMessages.StageUnknown], refusedArchived.Failures.Select(f => f.MessageKey));
        Assert.Equal([TaskTemplateMessages.StageUnknown], refusedBogus.Failures.Select(f => f.MessageKey));
        Assert.True(edited.Succeeded);
        db.ChangeTracker.Clear();
        Assert.Equal(new[] { archived[1].Id, active[1].Id }.Order(), (await administration.GetAsync(template, CancellationToken.None)).Value!.StageIds.Order());
    }

    [Fact]
    public async Task The_pipeline_page_names_each_stages_active_templates()
    {
        var (stages, _) = await SceneAsync("Page");
        await database.AddStageTemplateAsync("Page b", stages[2].Id);
        await database.AddStageTemplateAsync("Page a", stages[2].Id);
        await using var db = database.Context(Admin);

        var page = (await TestDatabase.Pipelines(db, Admin).GetAsync(stages[0].PipelineId, CancellationToken.None)).Value!;

        Assert.Equal("Page a, Page b", page.Stages.Single(s => s.Id == stages[2].Id).TaskTemplateNames);
        Assert.Null(page.Stages.Single(s => s.Id == stages[1].Id).TaskTemplateNames);
    }

    [Fact]
    public async Task A_deals_task_lists_under_the_deals_label_and_contact_and_only_for_users_who_see_the_deal()
    {
        var (stages, rep) = await SceneAsync("Listed");
        var stranger = TestUser.SalesRep(await database.AddUserAsync("deal-listed-stranger"));
        await database.AddStageTemplateAsync("Listed call", stages[0].Id);
        int contact;
        await using (var seed = database.Context(new SystemUser()))
        {
            contact = (await ContactRows.AddAsync(seed, 1, "Listowany", rep.UserId))[0];
        }

        var deal = await database.CreateDealAsync(rep, stages[0].Id, contact, "Serwis", rep.UserId);
        var everyone = new SimpleCrm.Application.Tasks.TaskListQuery { Assignee = SimpleCrm.Application.Tasks.TaskListQuery.Everyone };

        await using var db = database.Context(rep);
        var mine = (await database.TaskQueries(db, rep).ListAsync(everyone, CancellationToken.None)).SelectMany(s => s.Tasks.Items).ToList();
        var theirs = (await database.TaskQueries(db, stranger).ListAsync(everyone, CancellationToken.None)).SelectMany(s => s.Tasks.Items).ToList();

        var listed = Assert.Single(mine, t => t.Record == SimpleCrm.Application.Records.RecordRef.Deal(deal));
        var contactName = await db.Contacts.Where(c => c.Id == contact).Select(c => c.DisplayName).SingleAsync();
        Assert.Equal("Serwis — " + contactName, listed.RecordName);
        Assert.DoesNotContain(theirs, t => t.Record == SimpleCrm.Application.Records.RecordRef.Deal(deal));
        var onDeals = (await database.TaskQueries(db, rep).ListAsync(everyone with { Record = SimpleCrm.Application.Tasks.TaskRecordFilter.Deal }, CancellationToken.None))
            .SelectMany(s => s.Tasks.Items).ToList();
        Assert.NotEmpty(onDeals);
        Assert.All(onDeals, t => Assert.Equal(HistoryRecordTypes.Deal, t.Record?.Type));
    }

    private async Task<(List<Stage> Stages, TestUser Rep)> SceneAsync(string name)
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Automation " + name));
        return (stages, TestUser.SalesRep(await database.AddUserAsync("deal-" + name.ToLowerInvariant().Replace(' ', '-') + "-rep")));
    }
}
