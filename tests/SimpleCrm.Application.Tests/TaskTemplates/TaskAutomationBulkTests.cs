using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Migrations.Sqlite;

namespace SimpleCrm.Application.Tests.TaskTemplates;

public sealed class TaskAutomationBulkTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Dictionary<string, int> _statuses = [];

    public async Task InitializeAsync()
    {
        _statuses = await database.SeededStatusesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_mass_status_change_of_many_leads_fires_set_based_once_per_lead_entering_the_status()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-auto-rep"));
        var specialist = await database.AddUserAsync("bulk-auto-specialist");
        var leaver = await database.AddUserAsync("bulk-auto-leaver");
        var status = _statuses["InProgress"];
        await database.AddTemplateAsync("Bulk responsible", status, t => (t.DueInDays, t.DueInHours) = (0, 2));
        await database.AddTemplateAsync("Bulk specialist", status, t => (t.AssigneeRule, t.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, specialist));
        await database.AddTemplateAsync("Bulk leaver", status, t => (t.AssigneeRule, t.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, leaver));
        await using (var db = database.Context(new SystemUser()))
        {
            await db.Users.Where(u => u.Id == leaver).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        }

        var many = await InsertLeadsAsync(rep.UserId!, 1500);
        var already = await database.AddLeadAsync(rep, "Już w toku", l => l.StatusId = status);
        var bounced = await database.AddLeadAsync(rep, "Odbity");
        Assert.True((await database.MoveLeadAsync(rep, bounced, status)).Succeeded);
        Assert.True((await database.MoveLeadAsync(rep, bounced, _statuses["New"])).Succeeded);
        database.Clock.Now = database.Clock.Now.AddSeconds(30);
        var commands = new CommandCounter();

        await using (var db = CountingContext(rep, commands))
        {
            var result = await database.LeadBulk(db, rep).ApplyAsync(
                new LeadBulkRequest { Action = LeadBulkAction.ChangeStatus, StatusId = status, Ids = [.. many, already, bounced] }, None);
            Assert.True(result.Succeeded);
        }

        await using var check = database.Context(new SystemUser());
        var tasks = await check.Tasks.Where(t => t.RecordType == HistoryRecordTypes.Lead && (many.Contains(t.RecordId!.Value) || t.RecordId == already || t.RecordId == bounced))
            .Select(t => new { t.RecordId, t.Title, t.AssigneeId, t.DueAt, t.DueHasTime }).ToListAsync();
        Assert.Equal(3 * 1500 + 3 + 3, tasks.Count);
        Assert.All(tasks.GroupBy(t => t.RecordId), g => Assert.Equal(3, g.Count()));
        var bulkTasks = tasks.Where(t => many.Contains(t.RecordId!.Value)).ToList();
        Assert.All(bulkTasks.Where(t => t.Title == "Bulk responsible task"), t => Assert.Equal((rep.UserId, database.Clock.Now.UtcDateTime.AddHours(2), true), ((string?)t.AssigneeId, t.DueAt, t.DueHasTime)));
        Assert.All(bulkTasks.Where(t => t.Title == "Bulk specialist task"), t => Assert.Equal(specialist, t.AssigneeId));
        Assert.All(bulkTasks.Where(t => t.Title == "Bulk leaver task"), t => Assert.Equal(rep.UserId, t.AssigneeId));
        var log = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == many[0] && h.Action == TaskAutomation.AutomationTaskCreated)
            .Select(h => h.Details).OrderBy(d => d).ToListAsync();
        Assert.Equal(
            [AutomationScene.Log("Bulk leaver", "Bulk leaver task", fellBack: true), AutomationScene.Log("Bulk responsible", "Bulk responsible task"), AutomationScene.Log("Bulk specialist", "Bulk specialist task")],
            log);
        Assert.Equal(3 * 1500, await check.TaskTemplateFirings.CountAsync(f => many.Contains(f.RecordId)));

        // Set-based: the statements do not grow with the leads (1 500 leads in two batches, three templates).
        Assert.InRange(commands.Count, 1, 60);
    }

    [Fact]
    public async Task A_mass_status_change_racing_a_single_move_of_the_same_lead_makes_its_tasks_once()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-race-rep"));
        var status = _statuses["ProposalSent"];
        await database.AddTemplateAsync("Bulk race", status);
        var lead = await database.AddLeadAsync(rep, "Wyścig masowy");
        var version = await database.LeadVersionAsync(lead);

        await using var single = database.Context(rep);
        await using var bulk = database.Context(rep);
        await Task.WhenAll(
            Task.Run(() => database.LeadCommands(single, rep).ChangeStatusAsync(lead, status, version, None)),
            Task.Run(() => database.LeadBulk(bulk, rep).ApplyAsync(new LeadBulkRequest { Action = LeadBulkAction.ChangeStatus, StatusId = status, Ids = [lead] }, None)));

        Assert.Equal("Bulk race task", Assert.Single(await database.LeadTasksAsync(lead)).Title);
        Assert.Single(await database.AutomationLogAsync(HistoryRecordTypes.Lead, lead));
    }

    private async Task<List<int>> InsertLeadsAsync(string ownerId, int count)
    {
        await using var db = database.Context(new SystemUser());
        var sourceId = await db.LeadSources.Select(s => s.Id).FirstAsync();
        var leads = Enumerable.Range(0, count).Select(i => new Lead { Name = $"Hurt {i}", StatusId = _statuses["New"], SourceId = sourceId, ResponsibleUserId = ownerId, KanbanRank = i }).ToList();
        foreach (var lead in leads)
        {
            lead.RefreshDerivedFields();
        }

        db.Leads.AddRange(leads);
        await db.SaveChangesAsync();
        return [.. leads.Select(l => l.Id)];
    }

    private CrmDbContext CountingContext(TestUser user, CommandCounter counter)
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        SqliteDesignTimeFactory.Configure(builder, database.ConnectionString);
        builder.AddInterceptors(new AuditingInterceptor(user, database.Clock), new FieldHistoryInterceptor(user, database.Clock), counter);
        return new CrmDbContext(builder.Options);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
