using SimpleCrm.Application.Merging;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Merging;

public sealed class DuplicateFinderTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Contacts_with_the_same_name_a_shared_email_or_a_shared_phone_are_suggested_but_not_the_contact_itself()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("dup-rep"));
        var contact = await database.AddContactAsync(rep, APerson("Zofia", "Duplikatowa").WithEmails("zofia@dup.pl").WithPhones("603 111 222").OwnedBy(rep.UserId).Build());
        var sameName = await database.AddContactAsync(rep, APerson("Zofia", "Duplikatowa").OwnedBy(rep.UserId).Build());
        var sameEmail = await database.AddContactAsync(rep, APerson("Zosia", "Inna").WithEmails("ZOFIA@dup.pl").OwnedBy(rep.UserId).Build());
        var samePhone = await database.AddContactAsync(rep, APerson("Z.", "Telefoniczna").WithPhones("+48 603-111-222").OwnedBy(rep.UserId).Build());
        await database.AddContactAsync(rep, APerson("Zofia", "Całkieminna").WithEmails("inna@dup.pl").OwnedBy(rep.UserId).Build());

        await using var db = database.Context(rep);
        var found = await new DuplicateFinder(db, rep).ForContactAsync(contact, None);

        Assert.Equal(
            [(sameName, DuplicateReason.SameName), (sameEmail, DuplicateReason.SameEmail), (samePhone, DuplicateReason.SamePhone)],
            found.Select(d => (d.Id, d.Reason)).OrderBy(d => d.Reason));
    }

    [Fact]
    public async Task A_duplicate_the_sales_rep_cannot_see_is_not_suggested_and_neither_are_deleted_ones()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("dup-hidden-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("dup-hidden-other"));
        var contact = await database.AddContactAsync(rep, APerson("Halina", "Ukrytadup").WithEmails("halina@dup.pl").OwnedBy(rep.UserId).Build());
        await database.AddContactAsync(other, APerson("Halina", "Ukrytadup").WithEmails("halina@dup.pl").OwnedBy(other.UserId).Build());
        var deleted = await database.AddContactAsync(rep, APerson("Halina", "Ukrytadup").OwnedBy(rep.UserId).Build());
        await using (var db = database.Context(rep))
        {
            Assert.True((await database.Commands(db, rep).DeleteAsync(deleted, None)).Succeeded);
        }

        await using var check = database.Context(rep);
        Assert.Empty(await new DuplicateFinder(check, rep).ForContactAsync(contact, None));
    }

    [Fact]
    public async Task No_more_than_five_are_suggested_and_none_for_a_contact_the_user_cannot_see()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("dup-many-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("dup-many-other"));
        var ids = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await database.AddContactAsync(rep, APerson("Wiktor", "Wielokrotny").OwnedBy(rep.UserId).Build()));
        }

        var hidden = await database.AddContactAsync(other, APerson("Wiktor", "Wielokrotny").OwnedBy(other.UserId).Build());

        await using var db = database.Context(rep);
        var finder = new DuplicateFinder(db, rep);
        Assert.Equal(DuplicateFinder.Limit, (await finder.ForContactAsync(ids[0], None)).Count);
        Assert.Empty(await finder.ForContactAsync(hidden, None));
    }
}
