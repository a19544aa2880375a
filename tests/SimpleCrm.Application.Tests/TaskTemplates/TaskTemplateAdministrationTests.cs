using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Tests.TaskTemplates;

public sealed class TaskTemplateAdministrationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly TestUser Admin = TestUser.Admin("template-admin");

    private Dictionary<string, int> _statuses = [];

    public async Task InitializeAsync()
    {
        _statuses = await database.SeededStatusesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_template_is_saved_with_its_statuses_and_an_edit_replaces_them()
    {
        var id = await database.AddTemplateAsync("Attach", _statuses["New"], t => t.LeadStatusIds.Add(_statuses["InProgress"]));

        await using var db = database.Context(Admin);
        var templates = TestDatabase.TaskTemplates(db, Admin);
        var input = (await templates.GetAsync(id, None)).Value!;
        Assert.Equal([_statuses["New"], _statuses["InProgress"]], input.LeadStatusIds.Order());
        input.LeadStatusIds = [_statuses["InProgress"], _statuses["NotContacted"]];
        input.Title = "  Nowy tytuł  ";
        Assert.True((await templates.UpdateAsync(id, input, None)).Succeeded);

        var item = Assert.Single(await templates.ListAsync(None), t => t.Id == id);
        Assert.Equal("Nowy tytuł", item.Title);
        Assert.Equal(["NotContacted", "InProgress"], item.Statuses.Select(s => s.ResourceKey!.Replace("LeadStatuses.", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Invalid_fields_a_taken_name_in_other_case_an_inactive_user_and_an_unknown_status_are_refused_with_nothing_saved()
    {
        await database.AddTemplateAsync("Żółty telefon", _statuses["New"]);
        var leaver = await database.AddUserAsync("template-leaver", active: false);
        await using var db = database.Context(Admin);
        var templates = TestDatabase.TaskTemplates(db, Admin);
        var before = await db.TaskTemplates.CountAsync();

        var taken = await templates.CreateAsync(new TaskTemplateInput { Name = "ŻÓŁTY TELEFON", Title = "x" }, None);
        var fields = await templates.CreateAsync(new TaskTemplateInput { Name = " ", Title = new string('t', 201), DueInDays = -1, DueInHours = 24, AssigneeRule = TaskTemplateAssigneeRule.SpecificUser }, None);
        var inactive = await templates.CreateAsync(new TaskTemplateInput { Name = "Leaver", Title = "x", AssigneeRule = TaskTemplateAssigneeRule.SpecificUser, AssigneeId = leaver }, None);
        var unknown = await templates.CreateAsync(new TaskTemplateInput { Name = "Unknown", Title = "x", LeadStatusIds = [999_999] }, None);
        var badEnums = await templates.CreateAsync(new TaskTemplateInput { Name = "Enums", Title = "x", Priority = (SimpleCrm.Application.Tasks.TaskPriority)9, AssigneeRule = (TaskTemplateAssigneeRule)9 }, None);

        Assert.Equal([(TaskTemplateMessages.NameTaken, "Name")], taken.Failures.Select(f => (f.MessageKey, f.Field)));
        Assert.Equal(
            [(Messages.Required, "Name"), (Messages.TooLong, "Title"), (TaskTemplateMessages.DaysOutOfRange, "DueInDays"), (TaskTemplateMessages.HoursOutOfRange, "DueInHours"), (TaskTemplateMessages.AssigneeRequired, "AssigneeId")],
            fields.Failures.Select(f => (f.MessageKey, f.Field)));
        Assert.Equal([(TaskTemplateMessages.AssigneeInactive, "AssigneeId")], inactive.Failures.Select(f => (f.MessageKey, f.Field)));
        Assert.Equal([(TaskTemplateMessages.StatusUnknown, "LeadStatusIds")], unknown.Failures.Select(f => (f.MessageKey, f.Field)));
        Assert.Equal([TaskTemplateMessages.PriorityInvalid, TaskTemplateMessages.RuleInvalid], badEnums.Failures.Select(f => f.MessageKey));
        Assert.Equal(before, await db.TaskTemplates.CountAsync());
    }

    [Fact]
    public async Task Deleting_an_unused_template_removes_it_and_a_used_one_is_archived_fires_no_more_and_can_be_restored()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("archive-rep"));
        var unused = await database.AddTemplateAsync("Unused", _statuses["Junk"]);
        var used = await database.AddTemplateAsync("Used", _statuses["InProgress"]);
        var lead = await database.AddLeadAsync(rep, "Archiwum");
        Assert.True((await database.MoveLeadAsync(rep, lead, _statuses["InProgress"])).Succeeded);

        await using (var db = database.Context(Admin))
        {
            var templates = TestDatabase.TaskTemplates(db, Admin);
            Assert.False((await templates.DeleteAsync(unused, None)).Value);
            Assert.True((await templates.DeleteAsync(used, None)).Value);
            Assert.False(await db.TaskTemplates.AnyAsync(t => t.Id == unused));
            Assert.True(await db.TaskTemplates.Where(t => t.Id == used).Select(t => t.IsArchived).SingleAsync());
        }

        database.Clock.Now = database.Clock.Now.AddMinutes(5);
        Assert.True((await database.MoveLeadAsync(rep, lead, _statuses["New"])).Succeeded);
        Assert.True((await database.MoveLeadAsync(rep, lead, _statuses["InProgress"])).Succeeded);
        Assert.Single(await database.LeadTasksAsync(lead));

        await using (var db = database.Context(Admin))
        {
            Assert.True((await TestDatabase.TaskTemplates(db, Admin).RestoreAsync(used, None)).Succeeded);
        }

        database.Clock.Now = database.Clock.Now.AddMinutes(5);
        Assert.True((await database.MoveLeadAsync(rep, lead, _statuses["New"])).Succeeded);
        Assert.True((await database.MoveLeadAsync(rep, lead, _statuses["InProgress"])).Succeeded);
        Assert.Equal(2, (await database.LeadTasksAsync(lead)).Count);
    }

    [Fact]
    public async Task The_lead_status_list_names_the_active_templates_each_status_fires()
    {
        var status = _statuses["ProposalSent"];
        await database.AddTemplateAsync("Status list B", status);
        await database.AddTemplateAsync("Status list A", status);
        var archived = await database.AddTemplateAsync("Status list archived", status);
        await using var db = database.Context(Admin);
        await db.TaskTemplates.Where(t => t.Id == archived).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsArchived, true));

        var list = await new LeadStatusAdministration(db, Admin).ListAsync(None);

        Assert.Equal("Status list A, Status list B", list.Single(s => s.Id == status).TaskTemplateNames);
        Assert.Null(list.Single(s => s.Id == _statuses["Converted"]).TaskTemplateNames);
    }

    [Fact]
    public async Task Only_an_admin_manages_templates()
    {
        var id = await database.AddTemplateAsync("Admin only", _statuses["New"]);
        foreach (var user in new[] { TestUser.Manager("template-manager"), TestUser.SalesRep("template-rep") })
        {
            await using var db = database.Context(user);
            var templates = TestDatabase.TaskTemplates(db, user);
            Assert.Empty(await templates.ListAsync(None));
            Assert.True((await templates.GetAsync(id, None)).IsNotFound);
            Assert.True((await templates.CreateAsync(new TaskTemplateInput { Name = "Sneaky", Title = "x" }, None)).IsNotFound);
            Assert.True((await templates.UpdateAsync(id, new TaskTemplateInput { Name = "Sneaky", Title = "x" }, None)).IsNotFound);
            Assert.True((await templates.DeleteAsync(id, None)).IsNotFound);
            Assert.True((await templates.RestoreAsync(id, None)).IsNotFound);
        }

        await using var check = database.Context(new SystemUser());
        Assert.Equal("Admin only", await check.TaskTemplates.Where(t => t.Id == id).Select(t => t.Name).SingleAsync());
    }
}
