using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Outbox;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Lists;

public sealed class ListCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_second_list_with_the_same_name_in_another_case_is_refused()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("list-name-rep"));
        await using var db = database.Context(rep);
        var commands = database.ListCommands(db, rep);

        var first = await commands.CreateAsync(new ListInput { Name = " Łódź targi 2026 " }, None);
        var second = await commands.CreateAsync(new ListInput { Name = "ŁÓDŹ TARGI 2026" }, None);
        var other = await commands.CreateAsync(new ListInput { Name = "Łódź targi 2027" }, None);

        Assert.True(first.Succeeded);
        Assert.Equal([new Failure(ListMessages.NameTaken, nameof(ListInput.Name))], second.Failures);
        Assert.True(other.Succeeded);
        Assert.Equal("Łódź targi 2026", await db.ContactLists.Where(l => l.Id == first.Value).Select(l => l.Name).SingleAsync());
    }

    [Fact]
    public async Task The_database_itself_refuses_two_lists_whose_names_differ_only_in_case()
    {
        await using var db = database.Context(new SystemUser());
        db.ContactLists.Add(new ContactList { Name = "Wyścig", NameKey = ListInput.NameKeyOf("Wyścig") });
        db.ContactLists.Add(new ContactList { Name = "WYŚCIG", NameKey = ListInput.NameKeyOf("WYŚCIG") });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_missing_name_and_a_too_long_description_are_refused_next_to_their_fields()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("list-validation-rep"));
        await using var db = database.Context(rep);

        var result = await database.ListCommands(db, rep).CreateAsync(new ListInput { Name = "  ", Description = new string('x', ContactList.DescriptionMaxLength + 1) }, None);

        Assert.Equal([new Failure(Messages.Required, "Name"), new Failure(Messages.TooLong, "Description")], result.Failures);
    }

    [Fact]
    public async Task Only_the_creator_an_admin_or_a_manager_may_rename_or_delete_a_list()
    {
        var creator = TestUser.SalesRep(await database.AddUserAsync("list-creator"));
        var colleague = TestUser.SalesRep(await database.AddUserAsync("list-colleague"));
        var manager = TestUser.Manager(await database.AddUserAsync("list-manager"));
        int id;
        await using (var db = database.Context(creator))
        {
            id = (await database.ListCommands(db, creator).CreateAsync(new ListInput { Name = "Permissions list" }, None)).Value;
        }

        await using (var db = database.Context(colleague))
        {
            var commands = database.ListCommands(db, colleague);
            Assert.True((await commands.UpdateAsync(id, new ListInput { Name = "Hijacked" }, None)).IsNotFound);
            Assert.True((await commands.DeleteAsync(id, None)).IsNotFound);
            Assert.True((await commands.GetForEditAsync(id, None)).IsNotFound);
        }

        await using (var db = database.Context(manager))
        {
            Assert.True((await database.ListCommands(db, manager).UpdateAsync(id, new ListInput { Name = "Renamed by manager" }, None)).Succeeded);
        }

        await using (var db = database.Context(creator))
        {
            Assert.Equal("Renamed by manager", (await TestDatabase.ListQueries(db, creator).GetAsync(id, None))!.Name);
            Assert.True((await database.ListCommands(db, creator).DeleteAsync(id, None)).Succeeded);
            Assert.Null(await TestDatabase.ListQueries(db, creator).GetAsync(id, None));
        }
    }

    [Fact]
    public async Task Deleting_a_list_leaves_a_line_in_the_history_of_each_of_its_members()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("list-delete-manager"));
        var first = await database.AddContactAsync(manager, APerson("Ala", "Usuwanalista").Build());
        var second = await database.AddContactAsync(manager, APerson("Ola", "Usuwanalista").Build());
        await using (var db = database.Context(manager))
        {
            var commands = database.ListCommands(db, manager);
            var id = (await commands.CreateAsync(new ListInput { Name = "Do usunięcia" }, None)).Value;
            await commands.AddContactAsync(id, first, None);
            await commands.AddContactAsync(id, second, None);

            Assert.True((await commands.DeleteAsync(id, None)).Succeeded);
        }

        await using var check = database.Context(manager);
        var lines = await check.History.Where(h => h.Action == ListMembership.RemovedFromList && h.Details == "Do usunięcia")
            .Select(h => h.RecordId).OrderBy(r => r).ToListAsync();
        Assert.Equal([first, second], lines);
    }

    [Fact]
    public async Task Adding_a_contact_writes_its_history_and_the_outbox_event_once()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("list-add-rep"));
        var contact = await database.AddContactAsync(rep, APerson("Ala", "Listowa").OwnedBy(rep.UserId).Build());
        int listId;
        await using (var db = database.Context(rep))
        {
            var commands = database.ListCommands(db, rep);
            listId = (await commands.CreateAsync(new ListInput { Name = "Outbox list" }, None)).Value;
            Assert.True((await commands.AddContactAsync(listId, contact, None)).Succeeded);
            Assert.True((await commands.AddContactAsync(listId, contact, None)).Succeeded);
        }

        await using var check = database.Context(rep);
        Assert.Equal(1, await check.ContactListMembers.CountAsync(m => m.ListId == listId && m.ContactId == contact));
        var history = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Contact && h.RecordId == contact && h.Action == ListMembership.AddedToList)
            .Select(h => h.Details).ToListAsync();
        Assert.Equal(["Outbox list"], history);
        var payloads = await check.OutboxMessages.Where(m => m.Type == nameof(ContactsAddedToList)).Select(m => m.Payload).ToListAsync();
        var events = payloads.Select(p => JsonSerializer.Deserialize<ContactsAddedToList>(p, JsonSerializerOptions.Web)!).Where(e => e.ListId == listId).ToList();
        var added = Assert.Single(events);
        Assert.Equal([contact], added.ContactIds);
        Assert.Equal(rep.UserId, added.AddedById);
    }

    [Fact]
    public async Task A_sales_rep_cannot_put_another_reps_contact_on_a_list_or_take_it_off()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("list-idor-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("list-idor-other"));
        var hidden = await database.AddContactAsync(other, APerson("Jan", "Ukrytylistowy").OwnedBy(other.UserId).Build());
        int listId;
        await using (var db = database.Context(other))
        {
            var commands = database.ListCommands(db, other);
            listId = (await commands.CreateAsync(new ListInput { Name = "Idor list" }, None)).Value;
            await commands.AddContactAsync(listId, hidden, None);
        }

        await using (var db = database.Context(rep))
        {
            var commands = database.ListCommands(db, rep);
            var otherList = (await commands.CreateAsync(new ListInput { Name = "Idor list of the rep" }, None)).Value;
            Assert.True((await commands.AddContactAsync(otherList, hidden, None)).IsNotFound);
            Assert.True((await commands.RemoveContactAsync(listId, hidden, None)).IsNotFound);
        }

        await using var check = database.Context(other);
        Assert.Equal([listId], await check.ContactListMembers.Where(m => m.ContactId == hidden).Select(m => m.ListId).ToListAsync());
    }

    [Fact]
    public async Task Removing_a_contact_takes_it_off_the_list_and_records_it()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("list-remove-rep"));
        var contact = await database.AddContactAsync(rep, APerson("Ola", "Zdejmowana").OwnedBy(rep.UserId).Build());
        await using var db = database.Context(rep);
        var commands = database.ListCommands(db, rep);
        var listId = (await commands.CreateAsync(new ListInput { Name = "Remove list" }, None)).Value;
        await commands.AddContactAsync(listId, contact, None);

        var result = await commands.RemoveContactAsync(listId, contact, None);

        Assert.True(result.Succeeded);
        Assert.Empty(await TestDatabase.ListQueries(db, rep).OfContactAsync(contact, None));
        Assert.True(await db.History.AnyAsync(h => h.RecordId == contact && h.Action == ListMembership.RemovedFromList && h.Details == "Remove list"));
    }
}
