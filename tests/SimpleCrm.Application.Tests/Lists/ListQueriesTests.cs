using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Lists;

public sealed class ListQueriesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_sales_rep_counts_and_sees_only_the_members_they_may_see()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("count-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("count-other"));
        var admin = TestUser.Admin(await database.AddUserAsync("count-admin"));
        var own = await database.AddContactAsync(rep, APerson("Jan", "Własny").OwnedBy(rep.UserId).Build());
        var foreign = await database.AddContactAsync(other, APerson("Jan", "Obcy").OwnedBy(other.UserId).Build());
        int listId;
        await using (var db = database.Context(admin))
        {
            var commands = database.ListCommands(db, admin);
            listId = (await commands.CreateAsync(new ListInput { Name = "Shared fair", Description = "Both reps' visitors" }, None)).Value;
            await commands.AddContactAsync(listId, own, None);
            await commands.AddContactAsync(listId, foreign, None);
        }

        await using var check = database.Context(rep);
        var asRep = TestDatabase.ListQueries(check, rep);
        var asAdmin = TestDatabase.ListQueries(check, admin);

        Assert.Equal(1, (await asRep.GetAsync(listId, None))!.MemberCount);
        Assert.Equal(1, (await asRep.ListAsync(None)).Single(l => l.Id == listId).MemberCount);
        Assert.Equal(2, (await asAdmin.GetAsync(listId, None))!.MemberCount);
        Assert.Equal([new ListOption(listId, "Shared fair")], await asRep.OfContactAsync(own, None));
        Assert.Empty(await asRep.OfContactAsync(foreign, None));
        Assert.False((await asRep.GetAsync(listId, None))!.MayChange);
        Assert.True((await asAdmin.GetAsync(listId, None))!.MayChange);
        var page = await TestDatabase.Queries(check, rep).ListAsync(new ContactListQuery { ListIds = [listId] }, None);
        Assert.Equal([own], page.Items.Select(c => c.Id));
    }
}
