using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Tasks;

/// <summary>One task on every selected lead or contact: set-based, counted, on visible records only, with history lines.</summary>
public sealed class MassTaskCreationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static MassTaskInput Input(string title, MassTaskAssignee assignee = MassTaskAssignee.Responsible, string? assigneeId = null) => new()
    {
        Task = new TaskInput
        {
            Title = title,
            Text = "Zapytać o budżet",
            DueDate = new DateOnly(2026, 11, 30),
            DueTime = new TimeOnly(10, 15),
            Priority = TaskPriority.High,
            AssigneeId = assigneeId,
        },
        Assignee = assignee,
    };

    [Fact]
    public async Task Each_selected_lead_gets_the_task_assigned_to_its_responsible_user_and_an_ownerless_lead_gives_it_to_the_creator()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("mass-manager"));
        var anna = await database.AddUserAsync("mass-anna");
        var piotr = await database.AddUserAsync("mass-piotr");
        var left = await database.AddUserAsync("mass-left");
        var ofAnna = await database.AddLeadAsync(manager, "Anny", i => i.ResponsibleUserId = anna);
        var ofPiotr = await database.AddLeadAsync(manager, "Piotra", i => i.ResponsibleUserId = piotr);
        var ofLeft = await database.AddLeadAsync(manager, "Odszedł", i => i.ResponsibleUserId = left);
        var ownerless = await database.AddLeadAsync(manager, "Niczyj");
        var notSelected = await database.AddLeadAsync(manager, "Pominięty", i => i.ResponsibleUserId = anna);
        await using (var setup = database.Context(new SystemUser()))
        {
            await setup.Leads.Where(l => l.Id == ownerless).ExecuteUpdateAsync(s => s.SetProperty(l => l.ResponsibleUserId, (string?)null));
            await setup.Users.Where(u => u.Id == left).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        }

        await using var db = database.Context(manager);
        var result = await database.MassTasks(db, manager).ForLeadsAsync(
            new LeadBulkRequest { Ids = [ofAnna, ofPiotr, ofLeft, ownerless] }, Input("Zadzwonić po targach"), None);

        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        Assert.Equal(4, result.Value);
        await using var check = database.Context(new SystemUser());
        var tasks = await check.Tasks.Where(t => t.Title == "Zadzwonić po targach").ToListAsync();
        Assert.Equal(
            [(ofAnna, anna), (ofPiotr, piotr), (ofLeft, manager.UserId!), (ownerless, manager.UserId!)],
            tasks.OrderBy(t => t.RecordId).Select(t => (t.RecordId!.Value, t.AssigneeId)));
        Assert.All(tasks, t =>
        {
            Assert.Equal(HistoryRecordTypes.Lead, t.RecordType);
            Assert.Equal("Zapytać o budżet", t.Text);
            Assert.Equal(new DateTime(2026, 11, 30, 10, 15, 0), t.DueAt);
            Assert.True(t.DueHasTime);
            Assert.Equal(TaskPriority.High, t.Priority);
            Assert.Equal(CrmTaskStatus.Open, t.Status);
            Assert.Equal(manager.UserId, t.CreatedById);
            Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, t.CreatedAt);
        });
        var lines = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Lead && h.Action == TaskMessages.Created && h.Details == "Zadzwonić po targach")
            .Select(h => new { h.RecordId, h.UserId }).ToListAsync();
        Assert.Equal([ofAnna, ofPiotr, ofLeft, ownerless], lines.Select(l => l.RecordId).Order());
        Assert.All(lines, l => Assert.Equal(manager.UserId, l.UserId));
        Assert.False(await check.Tasks.AnyAsync(t => t.RecordId == notSelected && t.RecordType == HistoryRecordTypes.Lead));
    }

    [Fact]
    public async Task A_chosen_user_gets_every_task_and_an_inactive_one_is_refused_with_nothing_saved()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("mass-chosen-manager"));
        var chosen = await database.AddUserAsync("mass-chosen");
        var inactive = await database.AddUserAsync("mass-chosen-inactive", active: false);
        var first = await database.AddLeadAsync(manager, "Wybrany 1");
        var second = await database.AddLeadAsync(manager, "Wybrany 2");

        await using var db = database.Context(manager);
        var mass = database.MassTasks(db, manager);
        var refused = await mass.ForLeadsAsync(new LeadBulkRequest { Ids = [first, second] }, Input("Nieaktywny", MassTaskAssignee.ChosenUser, inactive), None);
        var none = await mass.ForLeadsAsync(new LeadBulkRequest { Ids = [first, second] }, Input("Nikt", MassTaskAssignee.ChosenUser), None);
        var done = await mass.ForLeadsAsync(new LeadBulkRequest { Ids = [first, second] }, Input("Wybrany", MassTaskAssignee.ChosenUser, chosen), None);

        Assert.Equal([(TaskMessages.AssigneeInactive, nameof(TaskInput.AssigneeId))], refused.Failures.Select(f => (f.MessageKey, f.Field)));
        Assert.Equal([TaskMessages.AssigneeInactive], none.Failures.Select(f => f.MessageKey));
        Assert.Equal(2, done.Value);
        await using var check = database.Context(new SystemUser());
        Assert.False(await check.Tasks.AnyAsync(t => t.Title == "Nieaktywny" || t.Title == "Nikt"));
        Assert.Equal([chosen, chosen], await check.Tasks.Where(t => t.Title == "Wybrany").Select(t => t.AssigneeId).ToListAsync());
    }

    public static TheoryData<string?, bool, string, string> Refusals => new()
    {
        { null, false, Messages.Required, nameof(TaskInput.Title) },
        { new string('x', CrmTask.TitleMaxLength + 1), false, Messages.TooLong, nameof(TaskInput.Title) },
        { "Godzina bez dnia", true, TaskMessages.TimeWithoutDate, nameof(TaskInput.DueDate) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_task_is_refused_on_its_field_and_no_record_gets_one(string? title, bool timeWithoutDate, string key, string field)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("mass-bad-" + Guid.NewGuid().ToString("N")[..6]));
        var lead = await database.AddLeadAsync(rep, "Zły formularz");
        var input = new MassTaskInput { Task = new TaskInput { Title = title, DueTime = timeWithoutDate ? new TimeOnly(9, 0) : null } };

        await using var db = database.Context(rep);
        var result = await database.MassTasks(db, rep).ForLeadsAsync(new LeadBulkRequest { Ids = [lead] }, input, None);

        Assert.Contains(result.Failures, f => f.MessageKey == key && f.Field == field);
        Assert.False(await db.Tasks.AnyAsync(t => t.RecordId == lead && t.RecordType == HistoryRecordTypes.Lead));
    }

    [Fact]
    public async Task A_reps_mass_task_never_reaches_a_lead_they_cannot_see_by_ids_or_by_all_matching()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("mass-idor-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("mass-idor-other"));
        var own = await database.AddLeadAsync(rep, "Widocznyzadaniowy");
        var theirs = await database.AddLeadAsync(other, "Widocznyzadaniowy cudzy");

        await using var db = database.Context(rep);
        var mass = database.MassTasks(db, rep);
        var onlyTheirs = await mass.ForLeadsAsync(new LeadBulkRequest { Ids = [theirs] }, Input("Cudze"), None);
        var byIds = await mass.ForLeadsAsync(new LeadBulkRequest { Ids = [own, theirs] }, Input("Po id"), None);
        var allMatching = await mass.ForLeadsAsync(
            new LeadBulkRequest { AllMatching = true, Query = new LeadListQuery { Search = "widocznyzadaniowy" } }, Input("Wszystkie pasujące"), None);

        Assert.Equal([LeadMessages.BulkNoneSelected], onlyTheirs.Failures.Select(f => f.MessageKey));
        Assert.Equal(1, byIds.Value);
        Assert.Equal(1, allMatching.Value);
        await using var check = database.Context(new SystemUser());
        Assert.False(await check.Tasks.AnyAsync(t => t.RecordType == HistoryRecordTypes.Lead && t.RecordId == theirs));
        Assert.False(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == theirs && h.Action == TaskMessages.Created));
        Assert.Equal(2, await check.Tasks.CountAsync(t => t.RecordType == HistoryRecordTypes.Lead && t.RecordId == own));
    }

    [Fact]
    public async Task All_matching_leads_beyond_one_batch_each_get_one_task_and_one_history_line()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("mass-batch-manager"));
        var rep = await database.AddUserAsync("mass-batch-rep");
        var count = SetBasedInsert.BatchSize + 5;
        await using (var setup = database.Context(manager))
        {
            var statusId = await setup.LeadStatuses.OrderBy(s => s.Position).Select(s => s.Id).FirstAsync();
            var sourceId = await setup.LeadSources.Select(s => s.Id).FirstAsync();
            setup.Leads.AddRange(Enumerable.Range(0, count).Select(i => new Lead
            {
                Name = $"Hurtowyzadanie {i}", NameKey = $"hurtowyzadanie {i}", SearchText = $"hurtowyzadanie {i}",
                StatusId = statusId, SourceId = sourceId, ResponsibleUserId = i % 2 == 0 ? rep : manager.UserId,
            }));
            await setup.SaveChangesAsync();
        }

        await using var db = database.Context(manager);
        var result = await database.MassTasks(db, manager).ForLeadsAsync(
            new LeadBulkRequest { AllMatching = true, Query = new LeadListQuery { Search = "hurtowyzadanie" } }, Input("Hurtem"), None);

        Assert.Equal(count, result.Value);
        await using var check = database.Context(new SystemUser());
        Assert.Equal(count, await check.Tasks.CountAsync(t => t.Title == "Hurtem"));
        Assert.Equal(count / 2 + 1, await check.Tasks.CountAsync(t => t.Title == "Hurtem" && t.AssigneeId == rep));
        Assert.Equal(count, await check.History.CountAsync(h => h.Action == TaskMessages.Created && h.Details == "Hurtem"));
        Assert.Equal(count, await check.Tasks.Where(t => t.Title == "Hurtem").Select(t => t.RecordId).Distinct().CountAsync());
    }

    [Fact]
    public async Task The_contacts_in_the_basket_get_the_task_and_a_contact_the_rep_cannot_see_does_not()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("mass-basket-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("mass-basket-other"));
        var first = await database.AddContactAsync(rep, APerson("Ala", "Zadaniowa").OwnedBy(rep.UserId).Build());
        var second = await database.AddContactAsync(rep, APerson("Ola", "Zadaniowa").OwnedBy(rep.UserId).Build());
        var outside = await database.AddContactAsync(rep, APerson("Ela", "Zadaniowa").OwnedBy(rep.UserId).Build());
        var hidden = await database.AddContactAsync(other, APerson("Ukryta", "Zadaniowa").OwnedBy(other.UserId).Build());
        await using (var basket = database.Context(rep))
        {
            await database.Selection(basket, rep).AddAsync([first, second, hidden], None);
        }

        await using var db = database.Context(rep);
        var result = await database.MassTasks(db, rep).ForContactsAsync(new ContactListQuery { Selected = true }, Input("Kontakt z koszyka"), None);
        var empty = await database.MassTasks(db, rep).ForContactsAsync(new ContactListQuery { Search = "nikogotakiego" }, Input("Pusto"), None);

        Assert.Equal(2, result.Value);
        Assert.Equal([BulkMessages.NoContacts], empty.Failures.Select(f => f.MessageKey));
        await using var check = database.Context(new SystemUser());
        var tasks = await check.Tasks.Where(t => t.Title == "Kontakt z koszyka").ToListAsync();
        Assert.Equal([first, second], tasks.Select(t => t.RecordId!.Value).Order());
        Assert.All(tasks, t => Assert.Equal((HistoryRecordTypes.Contact, rep.UserId), (t.RecordType, (string?)t.AssigneeId)));
        Assert.Equal([first, second], await check.History
            .Where(h => h.RecordType == HistoryRecordTypes.Contact && h.Action == TaskMessages.Created && h.Details == "Kontakt z koszyka")
            .Select(h => h.RecordId).OrderBy(id => id).ToListAsync());
        Assert.DoesNotContain(outside, tasks.Select(t => t.RecordId!.Value));
        Assert.DoesNotContain(hidden, tasks.Select(t => t.RecordId!.Value));
    }
}
