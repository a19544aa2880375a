using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Leads.Conversion;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Tests.TaskTemplates;

public sealed class TaskAutomationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Dictionary<string, int> _statuses = [];

    public async Task InitializeAsync()
    {
        _statuses = await database.SeededStatusesAsync();

        // Each test starts a few minutes after the last, so no firing of an earlier test is "within a minute".
        database.Clock.Now = database.Clock.Now.AddMinutes(10);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Entering_a_status_creates_each_attached_templates_task_once_with_a_log_line_and_staying_in_it_creates_none()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("fire-rep"));
        var status = await NewStatusAsync("Fire once");
        await database.AddTemplateAsync("First call", status, t =>
        {
            t.Title = "Zadzwoń do klienta";
            t.Text = "Zapytaj o budżet";
            t.Priority = TaskPriority.High;
        });
        var archived = await database.AddTemplateAsync("Old rule", status);
        await using (var db = database.Context(TestUser.Admin("fire-admin")))
        {
            Assert.True((await TestDatabase.TaskTemplates(db, TestUser.Admin("fire-admin")).DeleteAsync(archived, None)).Succeeded);
        }

        var lead = await database.AddLeadAsync(rep, "Piekarnia Łódź");

        Assert.True((await database.MoveLeadAsync(rep, lead, status)).Succeeded);
        Assert.True((await database.MoveLeadAsync(rep, lead, status)).Succeeded);

        var task = Assert.Single(await database.LeadTasksAsync(lead));
        Assert.Equal(("Zadzwoń do klienta", "Zapytaj o budżet", TaskPriority.High, rep.UserId, CrmTaskStatus.Open), (task.Title, task.Text, task.Priority, (string?)task.AssigneeId, task.Status));
        Assert.Equal([AutomationScene.Log("First call", "Zadzwoń do klienta")], await database.AutomationLogAsync(HistoryRecordTypes.Lead, lead));

        // One clear line: the automation line, not a second "task created" line for the same task.
        await using var check = database.Context(new SystemUser());
        Assert.False(await check.History.AnyAsync(h => h.RecordId == lead && h.RecordType == HistoryRecordTypes.Lead && h.Action == TaskMessages.Created));
    }

    [Fact]
    public async Task A_lead_bouncing_back_into_the_status_within_a_minute_does_not_fire_again_but_after_a_minute_it_does()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bounce-rep"));
        var status = await NewStatusAsync("Bounce");
        await database.AddTemplateAsync("Bounce rule", status);
        var lead = await database.AddLeadAsync(rep, "Odbijany");

        Assert.True((await database.MoveLeadAsync(rep, lead, status)).Succeeded);
        database.Clock.Now = database.Clock.Now.AddSeconds(20);
        Assert.True((await database.MoveLeadAsync(rep, lead, _statuses["New"])).Succeeded);
        database.Clock.Now = database.Clock.Now.AddSeconds(30);
        Assert.True((await database.MoveLeadAsync(rep, lead, status)).Succeeded);

        Assert.Single(await database.LeadTasksAsync(lead));

        database.Clock.Now = database.Clock.Now.AddSeconds(61);
        Assert.True((await database.MoveLeadAsync(rep, lead, _statuses["New"])).Succeeded);
        Assert.True((await database.MoveLeadAsync(rep, lead, status)).Succeeded);

        Assert.Equal(2, (await database.LeadTasksAsync(lead)).Count);
    }

    [Fact]
    public async Task Two_parallel_changes_of_one_lead_to_the_same_status_on_two_connections_make_one_set_of_tasks_and_the_loser_gets_a_conflict()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("race-rep"));
        var status = await NewStatusAsync("Race");
        await database.AddTemplateAsync("Race one", status);
        await database.AddTemplateAsync("Race two", status);
        var lead = await database.AddLeadAsync(rep, "Wyścig");
        var version = await database.LeadVersionAsync(lead);

        await using var first = database.Context(rep);
        await using var second = database.Context(rep);
        var results = await Task.WhenAll(
            Task.Run(() => database.LeadCommands(first, rep).ChangeStatusAsync(lead, status, version, None)),
            Task.Run(() => database.LeadCommands(second, rep).ChangeStatusAsync(lead, status, version, None)));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Failures.Any(f => f.MessageKey == Messages.ConcurrencyConflict));
        Assert.Equal(["Race one task", "Race two task"], (await database.LeadTasksAsync(lead)).Select(t => t.Title));
        Assert.Equal(2, (await database.AutomationLogAsync(HistoryRecordTypes.Lead, lead)).Count);
    }

    [Fact]
    public async Task A_transition_another_request_fired_already_is_refused_by_the_unique_index_as_a_conflict_and_saves_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("index-rep"));
        var status = await NewStatusAsync("Index");
        var template = await database.AddTemplateAsync("Index rule", status);
        var lead = await database.AddLeadAsync(rep, "Indeks");
        var version = await database.LeadVersionAsync(lead);
        await using (var racer = database.Context(new SystemUser()))
        {
            // What a racing request on another instance wrote a while ago (past the bounce window) for the very same transition.
            racer.TaskTemplateFirings.Add(new TaskTemplateFiring
            {
                TaskTemplateId = template, RecordType = HistoryRecordTypes.Lead, RecordId = lead, TransitionKey = version, At = database.Clock.Now.UtcDateTime.AddMinutes(-5),
            });
            await racer.SaveChangesAsync();
        }

        var result = await database.MoveLeadAsync(rep, lead, status);

        Assert.Equal([Messages.ConcurrencyConflict], result.Failures.Select(f => f.MessageKey));
        Assert.Empty(await database.LeadTasksAsync(lead));
        await using var check = database.Context(new SystemUser());
        Assert.Equal(_statuses["New"], await check.Leads.Where(l => l.Id == lead).Select(l => l.StatusId).SingleAsync());
    }

    [Fact]
    public async Task Each_assignee_rule_picks_its_user_and_an_inactive_specific_user_falls_back_to_the_responsible_user_saying_so()
    {
        var owner = await database.AddUserAsync("rule-owner");
        var specialist = await database.AddUserAsync("rule-specialist");
        var leaver = await database.AddUserAsync("rule-leaver");
        var manager = TestUser.Manager(await database.AddUserAsync("rule-manager"));
        var status = await NewStatusAsync("Rules");
        await database.AddTemplateAsync("R responsible", status, t => t.AssigneeRule = TaskTemplateAssigneeRule.ResponsibleUser);
        await database.AddTemplateAsync("R specialist", status, t => (t.AssigneeRule, t.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, specialist));
        await database.AddTemplateAsync("R leaver", status, t => (t.AssigneeRule, t.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, leaver));
        await database.AddTemplateAsync("R changer", status, t => t.AssigneeRule = TaskTemplateAssigneeRule.ChangingUser);
        await DeactivateAsync(leaver);
        var lead = await database.AddLeadAsync(manager, "Reguły", l => l.ResponsibleUserId = owner);

        Assert.True((await database.MoveLeadAsync(manager, lead, status)).Succeeded);

        var assignees = (await database.LeadTasksAsync(lead)).ToDictionary(t => t.Title, t => t.AssigneeId);
        Assert.Equal(owner, assignees["R responsible task"]);
        Assert.Equal(specialist, assignees["R specialist task"]);
        Assert.Equal(owner, assignees["R leaver task"]);
        Assert.Equal(manager.UserId, assignees["R changer task"]);
        Assert.Contains(AutomationScene.Log("R leaver", "R leaver task", fellBack: true), await database.AutomationLogAsync(HistoryRecordTypes.Lead, lead));
        Assert.Contains(AutomationScene.Log("R specialist", "R specialist task"), await database.AutomationLogAsync(HistoryRecordTypes.Lead, lead));
    }

    [Fact]
    public async Task Without_an_active_responsible_user_the_responsible_rule_gives_the_task_to_the_user_who_made_the_change()
    {
        var owner = await database.AddUserAsync("gone-owner");
        var admin = TestUser.Admin(await database.AddUserAsync("gone-admin"));
        var status = await NewStatusAsync("Gone");
        await database.AddTemplateAsync("Gone rule", status);
        var lead = await database.AddLeadAsync(admin, "Porzucony", l => l.ResponsibleUserId = owner);
        await DeactivateAsync(owner);

        Assert.True((await database.MoveLeadAsync(admin, lead, status)).Succeeded);

        Assert.Equal(admin.UserId, Assert.Single(await database.LeadTasksAsync(lead)).AssigneeId);
    }

    [Fact]
    public async Task Days_alone_make_the_task_due_at_the_end_of_that_day_and_hours_make_it_due_at_that_hour()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("due-rep"));
        var status = await NewStatusAsync("Due");
        await database.AddTemplateAsync("Due days", status, t => (t.DueInDays, t.DueInHours) = (2, 0));
        await database.AddTemplateAsync("Due hours", status, t => (t.DueInDays, t.DueInHours) = (1, 3));
        database.Clock.Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        try
        {
            database.Clock.Now = new DateTimeOffset(2027, 1, 12, 23, 30, 0, TimeSpan.Zero);
            var lead = await database.AddLeadAsync(rep, "Terminy");

            Assert.True((await database.MoveLeadAsync(rep, lead, status)).Succeeded);

            var tasks = (await database.LeadTasksAsync(lead)).ToDictionary(t => t.Title);

            // 23:30 UTC is already 13 January in Warsaw: two days later is the 15th, due at 23:59:59 there (22:59:59 UTC).
            Assert.Equal((new DateTime(2027, 1, 15, 22, 59, 59), false), (tasks["Due days task"].DueAt, tasks["Due days task"].DueHasTime));
            Assert.Equal((new DateTime(2027, 1, 14, 2, 30, 0), true), (tasks["Due hours task"].DueAt, tasks["Due hours task"].DueHasTime));
        }
        finally
        {
            database.Clock.Zone = TimeZoneInfo.Utc;
        }
    }

    [Fact]
    public async Task A_lead_created_in_a_status_with_templates_gets_their_tasks()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("create-rep"));
        var status = await NewStatusAsync("Created in");
        await database.AddTemplateAsync("Welcome", status);

        var lead = await database.AddLeadAsync(rep, "Nowy w statusie", l => l.StatusId = status);

        Assert.Equal("Welcome task", Assert.Single(await database.LeadTasksAsync(lead)).Title);
        Assert.Equal([AutomationScene.Log("Welcome", "Welcome task")], await database.AutomationLogAsync(HistoryRecordTypes.Lead, lead));
    }

    [Fact]
    public async Task Converting_a_lead_fires_the_converted_statuss_templates_and_their_task_follows_the_lead_to_the_contact()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("convert-rep"));
        await database.AddTemplateAsync("Onboarding", _statuses["Converted"], t => t.Title = "Wyślij umowę");
        var lead = await ConversionScene.CreateLeadAsync(database, rep, ConversionScene.FullLead("auto"));
        var (input, version) = await ConversionScene.DraftAsync(database, rep, lead, ConversionTarget.Person);

        Result<int> result;
        await using (var db = database.Context(rep))
        {
            result = await database.LeadConversion(db, rep, new TaskMover(db, rep, database.Clock)).ConvertAsync(lead, input, version, None);
        }

        Assert.True(result.Succeeded);
        await using var check = database.Context(new SystemUser());
        var task = await check.Tasks.SingleAsync(t => t.Title == "Wyślij umowę");
        Assert.Equal((HistoryRecordTypes.Contact, result.Value, rep.UserId), (task.RecordType, task.RecordId, (string?)task.AssigneeId));
        Assert.Equal([AutomationScene.Log("Onboarding", "Wyślij umowę")], await database.AutomationLogAsync(HistoryRecordTypes.Lead, lead));
    }

    private async Task<int> NewStatusAsync(string name)
    {
        await using var db = database.Context(new SystemUser());
        var status = new LeadStatus { Name = name, Position = 100 + await db.LeadStatuses.CountAsync(), Meaning = LeadStatusMeaning.Open };
        db.LeadStatuses.Add(status);
        await db.SaveChangesAsync();
        return status.Id;
    }

    private async Task DeactivateAsync(string userId)
    {
        await using var db = database.Context(new SystemUser());
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
    }
}
