using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads;

public sealed class LeadBoardTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_board_shows_the_kanban_statuses_in_order_with_counts_and_totals_per_currency()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("board-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("board-other"));
        await AddAsync(rep, "Tablica A", 1000m, "PLN");
        await AddAsync(rep, "Tablica B", 250.5m, "PLN");
        await AddAsync(rep, "Tablica C", 300m, "EUR");
        await AddAsync(rep, "Tablica D", null, null);
        await AddAsync(other, "Tablica cudza", 99999m, "PLN");

        await using var db = database.Context(rep);
        var columns = await new LeadBoard(db, rep).ColumnsAsync(new LeadBoardQuery(), None);

        Assert.Equal(["New", "Not contacted", "In progress", "Proposal sent"], columns.Select(c => c.Name));
        var fresh = columns[0];
        Assert.Equal(4, fresh.Count);
        Assert.Equal([new LeadAmountTotal("EUR", 300m), new LeadAmountTotal("PLN", 1250.5m)], fresh.Totals);
        Assert.Equal(["Tablica D", "Tablica C", "Tablica B", "Tablica A"], fresh.Cards.Select(c => c.Name));
    }

    [Fact]
    public async Task A_sales_rep_holding_a_class_has_each_visible_lead_counted_and_summed_once()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("board-class-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("board-class-other"));
        var manager = TestUser.Manager(await database.AddUserAsync("board-class-manager"));
        var keyAccount = await database.AddContactAsync(manager, ContactInputBuilder.ACompany("Tablica Klient").OwnedBy(other.UserId).Build());
        int classId;
        await using (var db = database.Context(manager))
        {
            var accessClass = new SimpleCrm.Application.AccessClasses.AccessClass { Name = "Tablica klasa", NameKey = "tablica klasa" };
            db.AccessClasses.Add(accessClass);
            await db.SaveChangesAsync();
            classId = accessClass.Id;
            await db.Contacts.Where(c => c.Id == keyAccount).ExecuteUpdateAsync(c => c.SetProperty(x => x.AccessClassId, classId));
        }

        var own = await AddAsync(rep, "Klasa własny", 100m, "PLN");
        var ownThroughClass = await AddAsync(rep, "Klasa własny klienta", 20m, "PLN");
        var othersThroughClass = await AddAsync(other, "Klasa cudzy klienta", 3m, "PLN");
        await AddAsync(other, "Klasa cudzy", 5000m, "PLN");
        await using (var db = database.Context(manager))
        {
            await db.Leads.Where(l => l.Id == ownThroughClass || l.Id == othersThroughClass)
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.ContactId, keyAccount));
        }

        var repWithClass = rep with { AccessClassIds = [classId] };
        await using var check = database.Context(repWithClass);
        var fresh = (await new LeadBoard(check, repWithClass).ColumnsAsync(new LeadBoardQuery { Search = "klasa" }, None))[0];

        Assert.Equal(3, fresh.Count);
        Assert.Equal([new LeadAmountTotal("PLN", 123m)], fresh.Totals);
        Assert.Equal([own, ownThroughClass, othersThroughClass], fresh.Cards.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task A_card_dropped_between_two_others_lands_there_and_a_stale_drag_moves_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("drag-rep"));
        var first = await AddAsync(rep, "Przeciągany 1", null, null);
        var second = await AddAsync(rep, "Przeciągany 2", null, null);
        var third = await AddAsync(rep, "Przeciągany 3", null, null);
        var query = new LeadBoardQuery { Search = "przeciagany" };
        await using (var db = database.Context(rep))
        {
            var inProgress = await db.LeadStatuses.Where(s => s.Name == "In progress").Select(s => s.Id).SingleAsync();
            var commands = database.LeadCommands(db, rep);
            Assert.True((await commands.MoveCardAsync(third, inProgress, null, await VersionAsync(third), None)).Succeeded);
            Assert.True((await commands.MoveCardAsync(first, inProgress, null, await VersionAsync(first), None)).Succeeded);
            Assert.True((await commands.MoveCardAsync(second, inProgress, first, await VersionAsync(second), None)).Succeeded);
        }

        var staleVersion = await VersionAsync(third);
        await using (var db = database.Context(rep))
        {
            var newStatus = await db.LeadStatuses.Where(s => s.Name == "New").Select(s => s.Id).SingleAsync();
            Assert.True((await database.LeadCommands(db, rep).ChangeStatusAsync(third, newStatus, staleVersion, None)).Succeeded);
            var inProgress = await db.LeadStatuses.Where(s => s.Name == "In progress").Select(s => s.Id).SingleAsync();
            var stale = await database.LeadCommands(db, rep).MoveCardAsync(third, inProgress, null, staleVersion, None);
            Assert.Equal(Messages.ConcurrencyConflict, Assert.Single(stale.Failures).MessageKey);
        }

        await using var check = database.Context(rep);
        var columns = await new LeadBoard(check, rep).ColumnsAsync(query, None);
        Assert.Equal(["Przeciągany 2", "Przeciągany 1"], columns.Single(c => c.Name == "In progress").Cards.Select(c => c.Name));
        Assert.Equal(["Przeciągany 3"], columns.Single(c => c.Name == "New").Cards.Select(c => c.Name));
    }

    [Fact]
    public async Task Dropping_again_and_again_at_one_spot_makes_room_and_keeps_the_order()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("room-rep"));
        var top = await AddAsync(rep, "Miejsce góra", null, null);
        var bottom = await AddAsync(rep, "Miejsce dół", null, null);
        var status = 0;
        await using (var db = database.Context(rep))
        {
            status = await db.LeadStatuses.Where(s => s.Name == "Proposal sent").Select(s => s.Id).SingleAsync();
            var commands = database.LeadCommands(db, rep);
            Assert.True((await commands.MoveCardAsync(top, status, null, await VersionAsync(top), None)).Succeeded);
            Assert.True((await commands.MoveCardAsync(bottom, status, null, await VersionAsync(bottom), None)).Succeeded);
        }

        var dropped = new List<int>();
        for (var i = 0; i < 14; i++)
        {
            var id = await AddAsync(rep, $"Miejsce {i:00}", null, null);
            await using var db = database.Context(rep);
            Assert.True((await database.LeadCommands(db, rep).MoveCardAsync(id, status, bottom, await VersionAsync(id), None)).Succeeded);
            dropped.Add(id);
        }

        await using var check = database.Context(rep);
        var order = await check.Leads.Where(l => l.StatusId == status && l.Name.StartsWith("Miejsce")).OrderBy(l => l.KanbanRank).ThenBy(l => l.Id).Select(l => l.Id).ToListAsync();
        Assert.Equal([top, .. dropped, bottom], order);
    }

    private async Task<int> AddAsync(TestUser user, string name, decimal? amount, string? currency)
    {
        await using var db = database.Context(user);
        var result = await database.LeadCommands(db, user).CreateAsync(new LeadInput { Name = name, EstimatedAmount = amount, Currency = currency }, None);
        Assert.True(result.Succeeded);
        return result.Value;
    }

    private async Task<Guid> VersionAsync(int id)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Leads.Where(l => l.Id == id).Select(l => l.Version).SingleAsync();
    }
}
