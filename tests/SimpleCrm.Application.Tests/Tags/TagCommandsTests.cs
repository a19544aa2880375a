using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Tags;

public sealed class TagCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_tag_typed_in_another_case_reuses_the_existing_tag_and_keeps_its_first_spelling()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-case"));
        var first = await database.AddContactAsync(rep, APerson("Ala", "Pierwsza").Build());
        var second = await database.AddContactAsync(rep, APerson("Ola", "Druga").Build());

        await database.TagAsync(rep, first, "Klient  Premium");
        await database.TagAsync(rep, second, " klient premium ");

        await using var db = database.Context(rep);
        var tag = await db.Tags.SingleAsync(t => t.NameKey == "klient premium");
        Assert.Equal("Klient Premium", tag.Name);
        Assert.Equal(2, await db.ContactTags.CountAsync(ct => ct.TagId == tag.Id));
        Assert.Equal(["Klient Premium"], await TestDatabase.TagQueries(db, rep).OfContactAsync(second, None));
    }

    [Fact]
    public async Task Several_comma_separated_tags_are_added_at_once_and_recorded_in_the_history()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-several"));
        var id = await database.AddContactAsync(rep, APerson("Jan", "Wielotagowy").Build());

        await database.TagAsync(rep, id, "Łódź, Hurt,, łódź ,Detal");

        await using var db = database.Context(rep);
        Assert.Equal(["Detal", "Hurt", "Łódź"], await TestDatabase.TagQueries(db, rep).OfContactAsync(id, None));
        var entry = await db.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Contact && h.RecordId == id);
        Assert.Equal(TagCommands.TagsAdded, entry.Action);
        Assert.Equal("Łódź, Hurt, Detal", entry.Details);
        Assert.Equal(rep.UserId, entry.UserId);
        Assert.Equal(database.Clock.Now.UtcDateTime, entry.At);
    }

    [Fact]
    public async Task Adding_a_tag_the_contact_already_has_changes_nothing_and_records_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-again"));
        var id = await database.AddContactAsync(rep, APerson("Jan", "Powtórny").Build());
        await database.TagAsync(rep, id, "Stały");

        await database.TagAsync(rep, id, "STAŁY");

        await using var db = database.Context(rep);
        Assert.Equal(1, await db.ContactTags.CountAsync(ct => ct.ContactId == id));
        Assert.Equal(1, await db.History.CountAsync(h => h.RecordId == id && h.RecordType == HistoryRecordTypes.Contact));
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("blank", "   ")]
    [InlineData("commas", " , ,")]
    public async Task Empty_names_are_refused_with_a_message_key(string user, string typed)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-empty-" + user));
        var id = await database.AddContactAsync(rep, APerson("Jan", "Pusty").Build());

        await using var db = database.Context(rep);
        var result = await database.TagCommands(db, rep).AddAsync(id, typed, None);

        Assert.Equal(TagNames.Required, result.Failures.Single().MessageKey);
        Assert.False(await db.ContactTags.AnyAsync(ct => ct.ContactId == id));
    }

    [Fact]
    public async Task A_name_longer_than_the_limit_is_refused_and_no_tag_is_created()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-long"));
        var id = await database.AddContactAsync(rep, APerson("Jan", "Długi").Build());
        var tooLong = new string('x', Tag.MaxLength + 1);

        await using var db = database.Context(rep);
        var result = await database.TagCommands(db, rep).AddAsync(id, "Krótki, " + tooLong, None);

        Assert.Equal(TagNames.TooLong, result.Failures.Single().MessageKey);
        Assert.False(await db.Tags.AnyAsync(t => t.NameKey == "krótki"));
    }

    [Fact]
    public async Task Removing_a_tag_in_any_case_takes_it_off_the_contact_only_and_records_it()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-remove"));
        var id = await database.AddContactAsync(rep, APerson("Jan", "Odtagowany").Build());
        var other = await database.AddContactAsync(rep, APerson("Ewa", "Zostaje").Build());
        await database.TagAsync(rep, id, "Usuwany, Zostaje");
        await database.TagAsync(rep, other, "Usuwany");

        await using var db = database.Context(rep);
        var result = await database.TagCommands(db, rep).RemoveAsync(id, "USUWANY", None);

        Assert.True(result.Succeeded);
        var queries = TestDatabase.TagQueries(db, rep);
        Assert.Equal(["Zostaje"], await queries.OfContactAsync(id, None));
        Assert.Equal(["Usuwany"], await queries.OfContactAsync(other, None));
        var removed = await db.History.SingleAsync(h => h.RecordId == id && h.Action == TagCommands.TagRemoved);
        Assert.Equal("Usuwany", removed.Details);
    }

    [Fact]
    public async Task A_sales_rep_cannot_tag_or_untag_another_reps_contact()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("rep-owner"));
        var intruder = TestUser.SalesRep(await database.AddUserAsync("rep-intruder"));
        var id = await database.AddContactAsync(owner, APerson("Jan", "Cudzy").Build());
        await database.TagAsync(owner, id, "Własny");

        await using var db = database.Context(intruder);
        var commands = database.TagCommands(db, intruder);
        var added = await commands.AddAsync(id, "Obcy", None);
        var removed = await commands.RemoveAsync(id, "Własny", None);

        Assert.True(added.IsNotFound);
        Assert.True(removed.IsNotFound);
        Assert.False(await db.Tags.AnyAsync(t => t.NameKey == "obcy"));
        Assert.Equal(["Własny"], await TestDatabase.TagQueries(db, owner).OfContactAsync(id, None));
        Assert.Equal(1, await db.History.CountAsync(h => h.RecordId == id && h.RecordType == HistoryRecordTypes.Contact));
    }

    [Fact]
    public async Task A_tag_created_meanwhile_by_another_request_is_reused_instead_of_failing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-race"));
        var id = await database.AddContactAsync(rep, APerson("Jan", "Wyścigowy").Build());
        await using var db = database.Context(rep);
        var commands = database.TagCommands(db, rep);
        // The other request's insert lands between this context's read and its insert.
        db.SavingChanges += (_, _) => InsertConcurrently("Wyścig");

        var result = await commands.AddAsync(id, "wyścig", None);

        Assert.True(result.Succeeded);
        await using var check = database.Context(rep);
        var tag = await check.Tags.SingleAsync(t => t.NameKey == "wyścig");
        Assert.Equal("Wyścig", tag.Name);
        Assert.True(await check.ContactTags.AnyAsync(ct => ct.ContactId == id && ct.TagId == tag.Id));
    }

    private void InsertConcurrently(string name)
    {
        using var other = database.Context(new SystemUser());
        if (other.Tags.Any(t => t.NameKey == Tag.KeyOf(name)))
        {
            return;
        }

        other.Tags.Add(new Tag { Name = name, NameKey = Tag.KeyOf(name), CreatedAt = database.Clock.Now.UtcDateTime });
        other.SaveChanges();
    }
}
