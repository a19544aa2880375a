using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Tasks;

/// <summary>Creating, editing, completing and reopening tasks: validation, the history they leave, the mover.</summary>
public sealed class TaskCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Creating_a_task_on_a_lead_saves_it_assigned_to_its_creator_and_writes_TaskCreated_in_the_lead_history()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-author"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Dźwigi Kraków"));

        var id = await database.AddTaskAsync(rep, lead, "  Zadzwonić do klienta  ", i =>
        {
            i.Text = "O ofertę";
            i.DueDate = new DateOnly(2026, 11, 27);
            i.DueTime = new TimeOnly(14, 30);
            i.Priority = TaskPriority.High;
        });

        await using var db = database.Context(rep);
        var task = await db.Tasks.SingleAsync(t => t.Id == id);
        Assert.Equal("Zadzwonić do klienta", task.Title);
        Assert.Equal(rep.UserId, task.AssigneeId);
        Assert.Equal(rep.UserId, task.CreatedById);
        Assert.Equal(new DateTime(2026, 11, 27, 14, 30, 0), task.DueAt);
        Assert.True(task.DueHasTime);
        Assert.Equal(CrmTaskStatus.Open, task.Status);
        var line = await db.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == lead.Id && h.Action == TaskMessages.Created);
        Assert.Equal("Zadzwonić do klienta", line.Details);
        Assert.Equal(rep.UserId, line.UserId);
    }

    [Fact]
    public async Task A_due_date_without_a_time_is_due_at_the_end_of_that_day()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-date-only"));

        var id = await database.AddTaskAsync(rep, null, "Bez godziny", i => i.DueDate = new DateOnly(2026, 11, 27));

        await using var db = database.Context(rep);
        var task = await db.Tasks.SingleAsync(t => t.Id == id);
        Assert.Equal(new DateTime(2026, 11, 27, 23, 59, 59), task.DueAt);
        Assert.False(task.DueHasTime);
        Assert.Null(task.RecordType);
        Assert.False(await db.History.AnyAsync(h => h.Details == "Bez godziny"));
    }

    public static TheoryData<string?, string?, bool, string, string> Refusals => new()
    {
        { null, null, false, Messages.Required, nameof(TaskInput.Title) },
        { "   ", null, false, Messages.Required, nameof(TaskInput.Title) },
        { new string('x', CrmTask.TitleMaxLength + 1), null, false, Messages.TooLong, nameof(TaskInput.Title) },
        { "Tekst", new string('x', CrmTask.TextMaxLength + 1), false, Messages.TooLong, nameof(TaskInput.Text) },
        { "Godzina bez dnia", null, true, TaskMessages.TimeWithoutDate, nameof(TaskInput.DueDate) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_task_is_refused_with_a_message_on_its_field_and_nothing_is_saved(string? title, string? text, bool timeWithoutDate, string key, string field)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-bad-" + Guid.NewGuid().ToString("N")[..6]));
        var input = new TaskInput { Title = title, Text = text, DueTime = timeWithoutDate ? new TimeOnly(9, 0) : null };

        await using var db = database.Context(rep);
        var result = await database.TaskCommands(db, rep).CreateAsync(null, input, None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(key, failure.MessageKey);
        Assert.Equal(field, failure.Field);
        Assert.False(await db.Tasks.AnyAsync(t => t.CreatedById == rep.UserId));
    }

    [Fact]
    public async Task A_task_for_an_inactive_or_unknown_user_or_of_an_unknown_priority_is_refused()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-assigner"));
        var gone = await database.AddUserAsync("task-gone", active: false);

        await using var db = database.Context(rep);
        var commands = database.TaskCommands(db, rep);
        var inactive = await commands.CreateAsync(null, new TaskInput { Title = "Dla byłego", AssigneeId = gone }, None);
        var unknown = await commands.CreateAsync(null, new TaskInput { Title = "Dla nikogo", AssigneeId = "no-such-user" }, None);
        var priority = await commands.CreateAsync(null, new TaskInput { Title = "Pilne?", Priority = (TaskPriority)7 }, None);

        Assert.Equal(TaskMessages.AssigneeInactive, Assert.Single(inactive.Failures).MessageKey);
        Assert.Equal(TaskMessages.AssigneeInactive, Assert.Single(unknown.Failures).MessageKey);
        Assert.Equal(TaskMessages.PriorityInvalid, Assert.Single(priority.Failures).MessageKey);
        Assert.False(await db.Tasks.AnyAsync(t => t.CreatedById == rep.UserId));
    }

    [Fact]
    public async Task Editing_a_task_changes_its_fields_and_may_hand_it_to_another_active_user()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-editor"));
        var colleague = await database.AddUserAsync("task-colleague");
        var id = await database.AddTaskAsync(rep, null, "Stary tytuł", i => i.DueDate = new DateOnly(2026, 11, 25));

        await using (var db = database.Context(rep))
        {
            var result = await database.TaskCommands(db, rep).UpdateAsync(id, new TaskInput { Title = "Nowy tytuł", Priority = TaskPriority.Low, AssigneeId = colleague }, None);
            Assert.True(result.Succeeded);
        }

        await using var check = database.Context(rep);
        var task = await check.Tasks.SingleAsync(t => t.Id == id);
        Assert.Equal("Nowy tytuł", task.Title);
        Assert.Equal(TaskPriority.Low, task.Priority);
        Assert.Equal(colleague, task.AssigneeId);
        Assert.Null(task.DueAt);
    }

    [Fact]
    public async Task Completing_records_who_and_when_once_and_reopening_clears_it_each_with_a_history_line()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-completer"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Zamknij mnie"));
        var id = await database.AddTaskAsync(rep, lead, "Wysłać ofertę");

        await using (var db = database.Context(rep))
        {
            Assert.True((await database.TaskCommands(db, rep).CompleteAsync(id, None)).Succeeded);
            Assert.True((await database.TaskCommands(db, rep).CompleteAsync(id, None)).Succeeded);
        }

        await using (var check = database.Context(rep))
        {
            var done = await check.Tasks.SingleAsync(t => t.Id == id);
            Assert.Equal(CrmTaskStatus.Done, done.Status);
            Assert.Equal(database.Clock.Now.UtcDateTime, done.DoneAt);
            Assert.Equal(rep.UserId, done.DoneById);
            Assert.Equal(1, await check.History.CountAsync(h => h.RecordId == lead.Id && h.RecordType == lead.Type && h.Action == TaskMessages.Done));
            Assert.True((await database.TaskCommands(check, rep).ReopenAsync(id, None)).Succeeded);
        }

        await using var after = database.Context(rep);
        var reopened = await after.Tasks.SingleAsync(t => t.Id == id);
        Assert.Equal(CrmTaskStatus.Open, reopened.Status);
        Assert.Null(reopened.DoneAt);
        Assert.Null(reopened.DoneById);
        Assert.True(await after.History.AnyAsync(h => h.RecordId == lead.Id && h.RecordType == lead.Type && h.Action == TaskMessages.Reopened && h.Details == "Wysłać ofertę"));
    }

    [Fact]
    public async Task A_converted_leads_tasks_move_to_its_contact_with_one_history_line()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-mover"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Do konwersji"));
        var contact = RecordRef.Contact(await database.AddContactAsync(rep, ContactInputBuilder.APerson("Ewa", "Zadaniowa").OwnedBy(rep.UserId).Build()));
        await database.AddTaskAsync(rep, lead, "Pierwsze");
        await database.AddTaskAsync(rep, lead, "Drugie");
        var elsewhere = await database.AddTaskAsync(rep, null, "Bez rekordu");

        await using (var db = database.Context(rep))
        {
            await new TaskMover(db, rep, database.Clock).MoveAsync(lead, contact, None);
        }

        await using var check = database.Context(rep);
        var onContact = await database.TaskQueries(check, rep).OfRecordAsync(contact, None);
        Assert.Equal(["Drugie", "Pierwsze"], onContact!.Select(t => t.Title).Order());
        Assert.Empty((await database.TaskQueries(check, rep).OfRecordAsync(lead, None))!);
        Assert.Null((await check.Tasks.SingleAsync(t => t.Id == elsewhere)).RecordType);
        Assert.Equal("2", (await check.History.SingleAsync(h => h.RecordType == contact.Type && h.RecordId == contact.Id && h.Action == TaskMessages.Arrived)).Details);
    }
}
