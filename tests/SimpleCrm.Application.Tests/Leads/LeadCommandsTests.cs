using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads;

public sealed class LeadCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_lead_needs_only_a_name_and_gets_the_first_open_status_the_first_source_and_its_author()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("lead-create-rep"));

        int id;
        await using (var db = database.Context(rep))
        {
            var result = await database.LeadCommands(db, rep).CreateAsync(new LeadInput { Name = "  Wózki widłowe dla hurtowni  " }, None);
            Assert.True(result.Succeeded);
            id = result.Value;
        }

        await using var check = database.Context(rep);
        var lead = await check.Leads.Include(l => l.Status).Include(l => l.Source).SingleAsync(l => l.Id == id);
        Assert.Equal("Wózki widłowe dla hurtowni", lead.Name);
        Assert.Equal("New", lead.Status!.Name);
        Assert.Equal("Fair", lead.Source!.Name);
        Assert.Equal(rep.UserId, lead.ResponsibleUserId);
        Assert.Equal("wozki widlowe dla hurtowni", lead.NameKey);
        Assert.NotEqual(Guid.Empty, lead.Version);
    }

    [Fact]
    public async Task Bad_fields_are_refused_next_to_their_fields_and_nothing_is_saved()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("lead-invalid-rep"));
        await using var db = database.Context(rep);
        var before = await db.Leads.IgnoreQueryFilters().CountAsync();

        var result = await database.LeadCommands(db, rep).CreateAsync(new LeadInput
        {
            Name = " ",
            Email = "not-an-email",
            Phone = "12",
            EstimatedAmount = -5,
            Currency = "ZŁOTY",
            Website = "nie adres",
            SourceId = 987654,
        }, None);

        Assert.Equal(
            [nameof(LeadInput.Currency), nameof(LeadInput.Email), nameof(LeadInput.EstimatedAmount), nameof(LeadInput.Name), nameof(LeadInput.Phone), nameof(LeadInput.SourceId), nameof(LeadInput.Website)],
            result.Failures.Select(f => f.Field).Order(StringComparer.Ordinal));
        Assert.Equal(before, await db.Leads.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task Changing_the_status_records_it_puts_the_card_on_top_and_refuses_a_stale_version()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("lead-status-rep"));
        int first, second, inProgress;
        Guid staleVersion;
        await using (var db = database.Context(rep))
        {
            var commands = database.LeadCommands(db, rep);
            first = (await commands.CreateAsync(new LeadInput { Name = "Pierwszy statusowy" }, None)).Value;
            second = (await commands.CreateAsync(new LeadInput { Name = "Drugi statusowy" }, None)).Value;
            inProgress = await db.LeadStatuses.Where(s => s.Name == "In progress").Select(s => s.Id).SingleAsync();
            staleVersion = await db.Leads.Where(l => l.Id == first).Select(l => l.Version).SingleAsync();
        }

        await using (var db = database.Context(rep))
        {
            var commands = database.LeadCommands(db, rep);
            Assert.True((await commands.ChangeStatusAsync(second, inProgress, await VersionAsync(second), None)).Succeeded);
            Assert.True((await commands.ChangeStatusAsync(first, inProgress, staleVersion, None)).Succeeded);
        }

        await using (var db = database.Context(rep))
        {
            var newStatus = await db.LeadStatuses.Where(s => s.Name == "New").Select(s => s.Id).SingleAsync();
            var stale = await database.LeadCommands(db, rep).ChangeStatusAsync(first, newStatus, staleVersion, None);
            Assert.Equal(Messages.ConcurrencyConflict, Assert.Single(stale.Failures).MessageKey);
        }

        await using var check = database.Context(rep);
        var column = await check.Leads.Where(l => l.StatusId == inProgress).OrderBy(l => l.KanbanRank).Select(l => l.Id).ToListAsync();
        Assert.Equal([first, second], column.Intersect([first, second]));
        var line = await check.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == first);
        Assert.Equal(LeadCommands.StatusChanged, line.Action);
        Assert.Equal("New → In progress", line.Details);
    }

    [Fact]
    public async Task Moving_a_lead_to_a_converted_status_is_left_to_the_conversion()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("lead-convert-rep"));
        await using var db = database.Context(rep);
        var commands = database.LeadCommands(db, rep);
        var id = (await commands.CreateAsync(new LeadInput { Name = "Do konwersji" }, None)).Value;
        var converted = await db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Converted).Select(s => s.Id).SingleAsync();

        var result = await commands.ChangeStatusAsync(id, converted, await VersionAsync(id), None);

        Assert.Equal(LeadMessages.ConvertInstead, Assert.Single(result.Failures).MessageKey);
    }

    [Fact]
    public async Task Deleting_a_lead_hides_it_and_writes_the_deletion_on_its_timeline()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("lead-deleter"));
        int id;
        await using (var db = database.Context(rep))
        {
            id = (await database.LeadCommands(db, rep).CreateAsync(new LeadInput { Name = "Do usunięcia" }, None)).Value;
            Assert.True((await database.LeadCommands(db, rep).DeleteAsync(id, None)).Succeeded);
        }

        await using var check = database.Context(rep);
        Assert.False(await check.Leads.AnyAsync(l => l.Id == id));
        var line = await check.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == id && h.Action == BulkBatch.Deleted);
        Assert.Equal((rep.UserId, database.Clock.GetUtcNow().UtcDateTime), (line.UserId, line.At));
    }

    [Fact]
    public async Task A_sales_rep_cannot_edit_change_or_delete_another_reps_lead()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("lead-owner"));
        var intruder = TestUser.SalesRep(await database.AddUserAsync("lead-intruder"));
        int id;
        await using (var db = database.Context(owner))
        {
            id = (await database.LeadCommands(db, owner).CreateAsync(new LeadInput { Name = "Cudzy lead" }, None)).Value;
        }

        var version = await VersionAsync(id);
        await using (var db = database.Context(intruder))
        {
            var commands = database.LeadCommands(db, intruder);
            var status = await db.LeadStatuses.Where(s => s.Name == "In progress").Select(s => s.Id).SingleAsync();
            Assert.True((await commands.UpdateAsync(id, new LeadInput { Name = "Przejęty" }, version, None)).IsNotFound);
            Assert.True((await commands.ChangeStatusAsync(id, status, version, None)).IsNotFound);
            Assert.True((await commands.DeleteAsync(id, None)).IsNotFound);
        }

        await using var check = database.Context(owner);
        var lead = await check.Leads.SingleAsync(l => l.Id == id);
        Assert.Equal("Cudzy lead", lead.Name);
        Assert.Equal(version, lead.Version);
    }

    [Fact]
    public async Task Editing_a_lead_whose_owner_was_deactivated_keeps_the_owner_but_a_new_lead_cannot_get_them()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("lead-inactive-manager"));
        var leaver = await database.AddUserAsync("lead-leaver");
        int id;
        await using (var db = database.Context(manager))
        {
            id = (await database.LeadCommands(db, manager).CreateAsync(new LeadInput { Name = "Po odejściu", ResponsibleUserId = leaver }, None)).Value;
            await db.Users.Where(u => u.Id == leaver).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
        }

        await using (var db = database.Context(manager))
        {
            var commands = database.LeadCommands(db, manager);
            var edited = await commands.UpdateAsync(id, new LeadInput { Name = "Po odejściu, poprawiony", ResponsibleUserId = leaver }, await VersionAsync(id), None);
            var created = await commands.CreateAsync(new LeadInput { Name = "Nowy dla nieobecnego", ResponsibleUserId = leaver }, None);

            Assert.True(edited.Succeeded, string.Join(", ", edited.Failures.Select(f => f.MessageKey)));
            Assert.Equal(LeadMessages.ResponsibleUnknown, Assert.Single(created.Failures).MessageKey);
        }

        await using var check = database.Context(manager);
        Assert.Equal(leaver, await check.Leads.Where(l => l.Id == id).Select(l => l.ResponsibleUserId).SingleAsync());
    }

    private async Task<Guid> VersionAsync(int id)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Leads.Where(l => l.Id == id).Select(l => l.Version).SingleAsync();
    }
}
