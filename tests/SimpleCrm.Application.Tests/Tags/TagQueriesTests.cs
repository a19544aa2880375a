using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Tags;

/// <summary>The cloud, suggestions and the tag filter: each over its own tags, so the tests share one database.</summary>
public sealed class TagQueriesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_cloud_counts_only_contacts_the_user_sees_and_not_deleted_ones()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("cloud-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("cloud-other"));
        var manager = TestUser.Manager(await database.AddUserAsync("cloud-manager"));
        var mine = await database.AddContactAsync(rep, APerson("Ala", "Moja").Build());
        var mineToo = await database.AddContactAsync(rep, APerson("Ela", "Moja").Build());
        var deleted = await database.AddContactAsync(rep, APerson("Ula", "Usunięta").Build());
        var theirs = await database.AddContactAsync(other, APerson("Iza", "Cudza").Build());
        await database.TagAsync(rep, mine, "Chmura-A, Chmura-B");
        await database.TagAsync(rep, mineToo, "Chmura-A");
        await database.TagAsync(rep, deleted, "Chmura-A");
        await database.TagAsync(other, theirs, "Chmura-A, Chmura-C");
        await using (var db = database.Context(rep))
        {
            Assert.True((await database.Commands(db, rep).DeleteAsync(deleted, None)).Succeeded);
        }

        await using var read = database.Context(rep);
        var repCloud = await TestDatabase.TagQueries(read, rep).CloudAsync(None);
        var managerCloud = await TestDatabase.TagQueries(read, manager).CloudAsync(None);

        Assert.Equal([new TagCount("Chmura-A", 2), new TagCount("Chmura-B", 1)], repCloud.Where(t => t.Name.StartsWith("Chmura", StringComparison.Ordinal)));
        Assert.Equal([new TagCount("Chmura-A", 3), new TagCount("Chmura-B", 1), new TagCount("Chmura-C", 1)], managerCloud.Where(t => t.Name.StartsWith("Chmura", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Suggestions_start_with_the_typed_text_in_any_case_the_most_used_first()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("suggest-rep"));
        var first = await database.AddContactAsync(rep, APerson("Ala", "Podpowiedź").Build());
        var second = await database.AddContactAsync(rep, APerson("Ola", "Podpowiedź").Build());
        await database.TagAsync(rep, first, "Podpowiedź rzadka, Podpowiedź częsta, Inna podpowiedź");
        await database.TagAsync(rep, second, "Podpowiedź częsta");

        await using var db = database.Context(rep);
        var names = await TestDatabase.TagQueries(db, rep).SuggestAsync("PODPOW", None);

        Assert.Equal(["Podpowiedź częsta", "Podpowiedź rzadka"], names);
    }

    [Fact]
    public async Task The_tag_filter_lists_only_contacts_with_that_tag_in_any_spelling()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("filter-rep"));
        var tagged = await database.AddContactAsync(rep, APerson("Ala", "Filtrowana").Build());
        await database.AddContactAsync(rep, APerson("Ola", "Filtrowana").Build());
        await database.TagAsync(rep, tagged, "Filtr VIP");

        await using var db = database.Context(rep);
        var page = await TestDatabase.Queries(db, rep).ListAsync(new ContactListQuery { Search = "Filtrowana", Tag = " filtr  vip" }, None);

        Assert.Equal([tagged], page.Items.Select(c => c.Id));
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task The_tags_of_a_contact_the_user_cannot_see_are_not_shown()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("tags-owner"));
        var intruder = TestUser.SalesRep(await database.AddUserAsync("tags-intruder"));
        var id = await database.AddContactAsync(owner, APerson("Jan", "Prywatny").Build());
        await database.TagAsync(owner, id, "Tajny");

        await using var db = database.Context(intruder);
        var tags = await TestDatabase.TagQueries(db, intruder).OfContactAsync(id, None);

        Assert.Empty(tags);
    }
}
