using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Tasks;

/// <summary>Who sees and touches a task: whoever sees its record; a task on no record its assignee and creator; Admin and Manager all.</summary>
public sealed class TaskVisibilityTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_sales_rep_cannot_read_create_edit_complete_or_reopen_tasks_on_another_reps_lead()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("task-idor-owner"));
        var outsider = TestUser.SalesRep(await database.AddUserAsync("task-idor-outsider"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Cudzy lead"));
        var id = await database.AddTaskAsync(owner, lead, "Tajne zadanie");

        await using var db = database.Context(outsider);
        var commands = database.TaskCommands(db, outsider);
        var queries = database.TaskQueries(db, outsider);
        Assert.True((await commands.CreateAsync(lead, new TaskInput { Title = "Wcisnę się" }, None)).IsNotFound);
        Assert.True((await commands.UpdateAsync(id, new TaskInput { Title = "Zmienione" }, None)).IsNotFound);
        Assert.True((await commands.CompleteAsync(id, None)).IsNotFound);
        Assert.True((await commands.ReopenAsync(id, None)).IsNotFound);
        Assert.Null(await queries.GetForEditAsync(id, None));
        Assert.Null(await queries.OfRecordAsync(lead, None));
        Assert.DoesNotContain("Tajne zadanie", (await database.SectionsAsync(outsider, new TaskListQuery { Assignee = TaskListQuery.Everyone })).Values.SelectMany(t => t));

        await using var check = database.Context(owner);
        var task = await check.Tasks.SingleAsync(t => t.Id == id);
        Assert.Equal("Tajne zadanie", task.Title);
        Assert.Equal(CrmTaskStatus.Open, task.Status);
        Assert.Equal(1, await check.Tasks.CountAsync(t => t.RecordType == lead.Type && t.RecordId == lead.Id));
    }

    [Fact]
    public async Task A_task_on_no_record_is_seen_by_its_assignee_its_creator_and_managers_but_no_other_rep()
    {
        var creator = TestUser.SalesRep(await database.AddUserAsync("task-free-creator"));
        var assignee = TestUser.SalesRep(await database.AddUserAsync("task-free-assignee"));
        var other = TestUser.SalesRep(await database.AddUserAsync("task-free-other"));
        var manager = TestUser.Manager(await database.AddUserAsync("task-free-manager"));
        var id = await database.AddTaskAsync(creator, null, "Prywatne", i => i.AssigneeId = assignee.UserId);

        foreach (var (user, sees) in new[] { (creator, true), (assignee, true), (manager, true), (other, false) })
        {
            await using var db = database.Context(user);
            Assert.Equal(sees, await database.TaskQueries(db, user).GetForEditAsync(id, None) is not null);
            Assert.Equal(sees, !(await database.TaskCommands(db, user).CompleteAsync(id, None)).IsNotFound);
        }
    }

    [Fact]
    public async Task The_assignee_of_a_task_on_a_record_they_do_not_see_still_sees_the_task_but_not_the_record()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("task-handoff-owner"));
        var helper = TestUser.SalesRep(await database.AddUserAsync("task-handoff-helper"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Lead właściciela"));
        var id = await database.AddTaskAsync(owner, lead, "Pomóż mi", i => i.AssigneeId = helper.UserId);

        var mine = await database.SectionsAsync(helper);

        Assert.Contains("Pomóż mi", mine[TaskSectionKind.Later]);
        await using var db = database.Context(helper);
        Assert.NotNull(await database.TaskQueries(db, helper).GetForEditAsync(id, None));
        Assert.Null(await database.TaskQueries(db, helper).OfRecordAsync(lead, None));
    }

    [Fact]
    public async Task A_sales_rep_holding_the_access_class_of_a_contact_sees_and_adds_its_tasks()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("task-class-owner"));
        var admin = TestUser.Admin(await database.AddUserAsync("task-class-admin"));
        int classId;
        await using (var db = database.Context(admin))
        {
            var keyAccounts = new SimpleCrm.Application.AccessClasses.AccessClass { Name = "Zadania " + Guid.NewGuid().ToString("N")[..6] };
            keyAccounts.NameKey = TextFolding.Fold(keyAccounts.Name);
            db.AccessClasses.Add(keyAccounts);
            await db.SaveChangesAsync();
            classId = keyAccounts.Id;
        }

        var contact = RecordRef.Contact(await database.AddContactAsync(admin, ContactInputBuilder.APerson("Klasowa", "Klientka").With(i => i.AccessClassId = classId).OwnedBy(owner.UserId).Build()));
        await database.AddTaskAsync(owner, contact, "Od właściciela");
        var holder = TestUser.SalesRep(await database.AddUserAsync("task-class-holder")) with { AccessClassIds = [classId] };

        await database.AddTaskAsync(holder, contact, "Od posiadacza klasy");

        await using var read = database.Context(holder);
        var seen = await database.TaskQueries(read, holder).OfRecordAsync(contact, None);
        Assert.Equal(["Od posiadacza klasy", "Od właściciela"], seen!.Select(t => t.Title).Order());
        Assert.Contains("Od właściciela", (await database.SectionsAsync(holder, new TaskListQuery { Assignee = TaskListQuery.Everyone }))[TaskSectionKind.Later]);
    }

    [Fact]
    public async Task A_manager_filters_the_teams_tasks_by_assignee_record_type_and_priority()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("task-filter-rep"));
        var manager = TestUser.Manager(await database.AddUserAsync("task-filter-manager"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Filtrowany lead"));
        await database.AddTaskAsync(rep, lead, "Filtr lead pilny", i => i.Priority = TaskPriority.High);
        await database.AddTaskAsync(rep, lead, "Filtr lead zwykły");
        await database.AddTaskAsync(rep, null, "Filtr bez rekordu", i => i.Priority = TaskPriority.High);

        var own = await database.SectionsAsync(manager);
        var reps = await database.SectionsAsync(manager, new TaskListQuery { Assignee = rep.UserId });
        var urgentOnLeads = await database.SectionsAsync(manager, new TaskListQuery { Assignee = rep.UserId, Record = TaskRecordFilter.Lead, Priority = TaskPriority.High });
        var noRecord = await database.SectionsAsync(manager, new TaskListQuery { Assignee = TaskListQuery.Everyone, Record = TaskRecordFilter.None, Priority = TaskPriority.High });

        Assert.Empty(own.Values.SelectMany(t => t));
        Assert.Equal(["Filtr bez rekordu", "Filtr lead pilny", "Filtr lead zwykły"], reps[TaskSectionKind.Later].Order());
        Assert.Equal(["Filtr lead pilny"], urgentOnLeads[TaskSectionKind.Later]);
        Assert.Contains("Filtr bez rekordu", noRecord[TaskSectionKind.Later]);
        Assert.DoesNotContain("Filtr lead pilny", noRecord[TaskSectionKind.Later]);
    }
}
