using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Tests.TaskTemplates;

/// <summary>A task template as the start of a mass task: its task, its due date counted from now, and its assignee rule in the form's terms.</summary>
public sealed class TaskTemplateStartsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private int _status;

    public async Task InitializeAsync() => _status = (await database.SeededStatusesAsync()).Values.First();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_template_gives_its_title_text_priority_and_a_due_day_counted_from_today_in_the_apps_zone()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("start-days"));
        var id = await database.AddTemplateAsync("Start in days", _status, t =>
        {
            t.Title = "Wysłać katalog";
            t.Text = "Z cennikiem";
            t.Priority = TaskPriority.High;
            t.DueInDays = 3;
        });
        database.Clock.Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        var before = database.Clock.Now;
        database.Clock.Now = new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero); // 00:30 on the 28th in Warsaw
        try
        {
            var start = await StartAsync(rep, id);

            Assert.Equal(("Wysłać katalog", "Z cennikiem", TaskPriority.High), (start!.Task.Title, start.Task.Text, start.Task.Priority));
            Assert.Equal((new DateOnly(2026, 12, 1), (TimeOnly?)null), (start.Task.DueDate, start.Task.DueTime));
            Assert.Equal(MassTaskAssignee.Responsible, start.Assignee);
            Assert.Null(start.Task.AssigneeId);
        }
        finally
        {
            database.Clock.Zone = TimeZoneInfo.Utc;
            database.Clock.Now = before;
        }
    }

    [Fact]
    public async Task Hours_give_a_due_time_to_the_minute()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("start-hours"));
        var id = await database.AddTemplateAsync("Start in hours", _status, t => (t.DueInDays, t.DueInHours) = (1, 4));
        var before = database.Clock.Now;
        database.Clock.Now = new DateTimeOffset(2026, 11, 25, 9, 15, 42, TimeSpan.Zero);
        try
        {
            var start = await StartAsync(rep, id);

            Assert.Equal((new DateOnly(2026, 11, 26), (TimeOnly?)new TimeOnly(13, 15)), (start!.Task.DueDate, start.Task.DueTime));
        }
        finally
        {
            database.Clock.Now = before;
        }
    }

    [Fact]
    public async Task A_specific_active_user_and_the_changing_user_become_the_chosen_user_and_a_departed_one_leaves_the_responsible_rule()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("start-rules"));
        var colleague = await database.AddUserAsync("start-colleague");
        var leaver = await database.AddUserAsync("start-leaver");
        var specific = await database.AddTemplateAsync("Start specific", _status, t => (t.AssigneeRule, t.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, colleague));
        var departed = await database.AddTemplateAsync("Start departed", _status, t => (t.AssigneeRule, t.AssigneeId) = (TaskTemplateAssigneeRule.SpecificUser, leaver));
        var changing = await database.AddTemplateAsync("Start changing", _status, t => t.AssigneeRule = TaskTemplateAssigneeRule.ChangingUser);
        await using (var db = database.Context(new SystemUser()))
        {
            await db.Users.Where(u => u.Id == leaver).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        }

        var toColleague = await StartAsync(rep, specific);
        var toResponsible = await StartAsync(rep, departed);
        var toMe = await StartAsync(rep, changing);

        Assert.Equal((MassTaskAssignee.ChosenUser, colleague), (toColleague!.Assignee, toColleague.Task.AssigneeId));
        Assert.Equal((MassTaskAssignee.Responsible, (string?)null), (toResponsible!.Assignee, toResponsible.Task.AssigneeId));
        Assert.Equal((MassTaskAssignee.ChosenUser, rep.UserId), (toMe!.Assignee, toMe.Task.AssigneeId));
    }

    [Fact]
    public async Task An_archived_or_unknown_template_starts_nothing_and_is_not_offered()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("start-archived"));
        var kept = await database.AddTemplateAsync("Start kept", _status);
        var archived = await database.AddTemplateAsync("Start archived", _status);
        await using (var db = database.Context(new SystemUser()))
        {
            await db.TaskTemplates.Where(t => t.Id == archived).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsArchived, true));
        }

        Assert.Null(await StartAsync(rep, archived));
        Assert.Null(await StartAsync(rep, int.MaxValue));
        await using var read = database.Context(rep);
        var offered = await new TaskTemplateStarts(read, rep, database.Clock).ListAsync(None);
        Assert.Contains(offered, t => t.Id == kept && t.Name == "Start kept");
        Assert.DoesNotContain(offered, t => t.Id == archived);
    }

    private async Task<MassTaskInput?> StartAsync(ICurrentUser user, int templateId)
    {
        await using var db = database.Context(user);
        return await new TaskTemplateStarts(db, user, database.Clock).MassTaskAsync(templateId, None);
    }
}
