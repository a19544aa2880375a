using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Tasks;

/// <summary>
/// The sections of "My tasks" follow the day in the app's time zone (Warsaw here, UTC+1 in
/// November): a task due today without a time becomes overdue at local midnight.
/// </summary>
public sealed class TaskSectionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Fact]
    public async Task Open_tasks_fall_into_overdue_today_this_week_and_later_by_the_local_day_and_move_at_midnight()
    {
        database.Clock.Zone = Warsaw;
        // Tuesday 24 November, 23:30 in Warsaw.
        database.Clock.Now = new DateTimeOffset(2026, 11, 24, 22, 30, 0, TimeSpan.Zero);
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-sections"));
        await database.AddTaskAsync(rep, null, "Dziś o 20", i => { i.DueDate = new DateOnly(2026, 11, 24); i.DueTime = new TimeOnly(20, 0); });
        await database.AddTaskAsync(rep, null, "Dziś bez godziny", i => i.DueDate = new DateOnly(2026, 11, 24));
        await database.AddTaskAsync(rep, null, "Dziś o 23:45", i => { i.DueDate = new DateOnly(2026, 11, 24); i.DueTime = new TimeOnly(23, 45); });
        await database.AddTaskAsync(rep, null, "Jutro", i => i.DueDate = new DateOnly(2026, 11, 25));
        await database.AddTaskAsync(rep, null, "Niedziela", i => i.DueDate = new DateOnly(2026, 11, 29));
        await database.AddTaskAsync(rep, null, "Poniedziałek", i => i.DueDate = new DateOnly(2026, 11, 30));
        await database.AddTaskAsync(rep, null, "Kiedyś");
        var done = await database.AddTaskAsync(rep, null, "Zrobione", i => i.DueDate = new DateOnly(2026, 11, 20));
        await using (var db = database.Context(rep))
        {
            await database.TaskCommands(db, rep).CompleteAsync(done, None);
        }

        var before = await database.SectionsAsync(rep);
        int overdueBefore;
        await using (var db = database.Context(rep))
        {
            overdueBefore = await database.TaskQueries(db, rep).OverdueCountAsync(None);
        }

        // Midnight in Warsaw: Wednesday begins.
        database.Clock.Now = new DateTimeOffset(2026, 11, 24, 23, 0, 0, TimeSpan.Zero);
        var after = await database.SectionsAsync(rep);
        await using var check = database.Context(rep);
        var overdueAfter = await database.TaskQueries(check, rep).OverdueCountAsync(None);

        Assert.Equal(["Dziś o 20"], before[TaskSectionKind.Overdue]);
        Assert.Equal(["Dziś o 23:45", "Dziś bez godziny"], before[TaskSectionKind.Today]);
        Assert.Equal(["Jutro", "Niedziela"], before[TaskSectionKind.ThisWeek]);
        Assert.Equal(["Poniedziałek", "Kiedyś"], before[TaskSectionKind.Later]);
        Assert.Equal(["Zrobione"], before[TaskSectionKind.Done]);
        Assert.Equal(1, overdueBefore);

        Assert.Equal(["Dziś o 20", "Dziś o 23:45", "Dziś bez godziny"], after[TaskSectionKind.Overdue]);
        Assert.Equal(["Jutro"], after[TaskSectionKind.Today]);
        Assert.Equal(["Niedziela"], after[TaskSectionKind.ThisWeek]);
        Assert.Equal(3, overdueAfter);
    }

    [Fact]
    public async Task The_overdue_count_counts_only_the_users_own_open_tasks_past_due()
    {
        database.Clock.Zone = TimeZoneInfo.Utc;
        database.Clock.Now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-count-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("task-count-other"));
        var yesterday = new DateOnly(2026, 11, 23);
        await database.AddTaskAsync(rep, null, "Spóźnione", i => i.DueDate = yesterday);
        await database.AddTaskAsync(rep, null, "Dziś rano", i => { i.DueDate = new DateOnly(2026, 11, 24); i.DueTime = new TimeOnly(8, 0); });
        await database.AddTaskAsync(rep, null, "Dziś wieczorem", i => { i.DueDate = new DateOnly(2026, 11, 24); i.DueTime = new TimeOnly(18, 0); });
        await database.AddTaskAsync(rep, null, "Cudze", i => { i.DueDate = yesterday; i.AssigneeId = other.UserId; });
        var done = await database.AddTaskAsync(rep, null, "Zrobione spóźnione", i => i.DueDate = yesterday);
        await database.AddTaskAsync(rep, null, "Bez terminu");

        await using var db = database.Context(rep);
        await database.TaskCommands(db, rep).CompleteAsync(done, None);

        Assert.Equal(2, await database.TaskQueries(db, rep).OverdueCountAsync(None));
        Assert.Equal(1, await database.TaskQueries(db, other).OverdueCountAsync(None));
    }

    [Fact]
    public async Task A_large_section_shows_its_first_rows_on_the_overview_and_pages_on_its_own()
    {
        database.Clock.Zone = TimeZoneInfo.Utc;
        database.Clock.Now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-paging"));
        for (var i = 0; i < TaskQueries.PreviewSize + 2; i++)
        {
            await database.AddTaskAsync(rep, null, $"Zadanie {i:00}");
        }

        await using var db = database.Context(rep);
        var overview = await database.TaskQueries(db, rep).ListAsync(new TaskListQuery(), None);
        var later = Assert.Single(await database.TaskQueries(db, rep).ListAsync(new TaskListQuery { Section = TaskSectionKind.Later, Sort = TaskSort.Title }, None));

        var preview = overview.Single(s => s.Kind == TaskSectionKind.Later).Tasks;
        Assert.Equal(TaskQueries.PreviewSize, preview.Items.Count);
        Assert.Equal(TaskQueries.PreviewSize + 2, preview.TotalCount);
        Assert.Equal(TaskQueries.PreviewSize + 2, later.Tasks.Items.Count);
        Assert.Equal("Zadanie 00", later.Tasks.Items[0].Title);
    }

    [Fact]
    public async Task The_overdue_count_seeks_the_assignee_status_due_index()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-plan"));
        await using var db = database.Context(rep);
        var sql = database.TaskQueries(db, rep).Overdue().Select(t => t.Id).ToQueryString();

        var plan = await database.QueryPlanAsync(sql);

        Assert.Contains("USING COVERING INDEX IX_Tasks_AssigneeId_Status_DueAt (AssigneeId=? AND Status=? AND DueAt<?)", plan, StringComparison.Ordinal);
    }
}
