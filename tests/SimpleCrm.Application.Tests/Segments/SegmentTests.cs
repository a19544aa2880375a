using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Segments;

public sealed class SegmentTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_segment_with_all_tags_matches_fewer_contacts_than_one_with_any_of_them()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("segment-tags-rep"));
        var both = await database.AddContactAsync(rep, APerson("Ala", "Obatagi").OwnedBy(rep.UserId).Build());
        var one = await database.AddContactAsync(rep, APerson("Ola", "Jedentag").OwnedBy(rep.UserId).Build());
        await database.AddContactAsync(rep, APerson("Ela", "Beztagu").OwnedBy(rep.UserId).Build());
        await database.TagAsync(rep, both, "SegVip, SegKraków");
        await database.TagAsync(rep, one, "SegVip");

        var any = await SaveAsync(rep, "Any tags", new ContactFilter { Tag = "segvip, SEGKRAKÓW" });
        var all = await SaveAsync(rep, "All tags", new ContactFilter { Tag = "segvip, SEGKRAKÓW", AllTags = true });

        Assert.Equal([both, one], (await MatchingIdsAsync(rep, any)).Order());
        Assert.Equal([both], await MatchingIdsAsync(rep, all));
        await using var db = database.Context(rep);
        var summaries = await TestDatabase.SegmentQueries(db, rep).ListAsync(None);
        Assert.Equal(2, summaries.Single(s => s.Id == any).ContactCount);
        Assert.Equal(1, summaries.Single(s => s.Id == all).ContactCount);
    }

    [Fact]
    public async Task A_created_date_range_includes_both_whole_days()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("segment-dates-rep"));
        var start = database.Clock.Now;
        database.Clock.Now = new DateTimeOffset(2026, 3, 1, 23, 59, 0, TimeSpan.Zero);
        var before = await database.AddContactAsync(rep, APerson("Jan", "Przeddatą").OwnedBy(rep.UserId).Build());
        database.Clock.Now = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var firstDay = await database.AddContactAsync(rep, APerson("Jan", "Pierwszydzień").OwnedBy(rep.UserId).Build());
        database.Clock.Now = new DateTimeOffset(2026, 3, 5, 23, 59, 59, TimeSpan.Zero);
        var lastDay = await database.AddContactAsync(rep, APerson("Jan", "Ostatnidzień").OwnedBy(rep.UserId).Build());
        database.Clock.Now = new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.Zero);
        var after = await database.AddContactAsync(rep, APerson("Jan", "Podacie").OwnedBy(rep.UserId).Build());
        database.Clock.Now = start;

        var id = await SaveAsync(rep, "March fair", new ContactFilter { CreatedFrom = new DateOnly(2026, 3, 2), CreatedTo = new DateOnly(2026, 3, 5) });

        var matched = await MatchingIdsAsync(rep, id);
        Assert.Contains(firstDay, matched);
        Assert.Contains(lastDay, matched);
        Assert.DoesNotContain(before, matched);
        Assert.DoesNotContain(after, matched);
    }

    [Fact]
    public async Task A_private_segment_is_invisible_to_others_and_matches_nothing_when_they_pass_its_id()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("segment-private-owner"));
        var other = TestUser.Manager(await database.AddUserAsync("segment-private-other"));
        await database.AddContactAsync(owner, APerson("Jan", "Prywatny").OwnedBy(owner.UserId).Build());
        var privateId = await SaveAsync(owner, "Mine only", new ContactFilter { Search = "Prywatny" });
        var sharedId = await SaveAsync(owner, "For everyone", new ContactFilter { Search = "Prywatny" }, shared: true);

        await using var db = database.Context(other);
        var queries = TestDatabase.SegmentQueries(db, other);
        Assert.Null(await queries.GetAsync(privateId, None));
        Assert.DoesNotContain(await queries.ListAsync(None), s => s.Id == privateId);
        Assert.Empty(await MatchingIdsAsync(other, privateId));
        Assert.Single(await MatchingIdsAsync(other, sharedId));
        Assert.Single(await MatchingIdsAsync(owner, privateId));
        var commands = TestDatabase.SegmentCommands(db, other);
        Assert.True((await commands.GetForEditAsync(privateId, None)).IsNotFound);
        Assert.True((await commands.UpdateAsync(sharedId, new SegmentInput { Name = "Taken over" }, None)).IsNotFound);
        Assert.True((await commands.DeleteAsync(sharedId, None)).IsNotFound);
    }

    [Fact]
    public async Task An_admin_may_change_a_shared_segment_of_someone_else()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("segment-admin-owner"));
        var admin = TestUser.Admin(await database.AddUserAsync("segment-admin"));
        var id = await SaveAsync(owner, "Shared for admin", new ContactFilter { Kind = ContactKind.Company }, shared: true);

        await using (var db = database.Context(admin))
        {
            var result = await TestDatabase.SegmentCommands(db, admin).UpdateAsync(id, new SegmentInput { Name = "Renamed by admin", IsShared = true, Filter = new ContactFilter { Kind = ContactKind.Person } }, None);
            Assert.True(result.Succeeded);
        }

        await using var check = database.Context(owner);
        var segment = (await TestDatabase.SegmentQueries(check, owner).GetAsync(id, None))!;
        Assert.Equal("Renamed by admin", segment.Name);
        Assert.Equal(ContactKind.Person, segment.Filter.Kind);
        Assert.True(segment.MayChange);
    }

    [Fact]
    public async Task A_segment_counts_only_the_contacts_the_user_may_see()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("segment-count-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("segment-count-other"));
        await database.AddContactAsync(rep, APerson("Jan", "Liczonysegment").OwnedBy(rep.UserId).Build());
        await database.AddContactAsync(other, APerson("Jan", "Liczonysegment").OwnedBy(other.UserId).Build());
        var id = await SaveAsync(other, "Counted", new ContactFilter { Search = "Liczonysegment" }, shared: true);

        await using var db = database.Context(rep);
        Assert.Equal(1, (await TestDatabase.SegmentQueries(db, rep).GetAsync(id, None))!.ContactCount);
        Assert.Equal(2, (await TestDatabase.SegmentQueries(db, TestUser.Admin("segment-count-admin")).GetAsync(id, None))!.ContactCount);
    }

    [Fact]
    public async Task A_segment_over_a_list_combines_with_the_other_criteria()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("segment-list-rep"));
        var person = await database.AddContactAsync(rep, APerson("Jan", "Nalistowany").OwnedBy(rep.UserId).Build());
        var company = await database.AddContactAsync(rep, ACompany("Nalistowana Sp. z o.o.").OwnedBy(rep.UserId).Build());
        await database.AddContactAsync(rep, APerson("Jan", "Nienalistowany").OwnedBy(rep.UserId).Build());
        int listId;
        await using (var db = database.Context(rep))
        {
            var commands = database.ListCommands(db, rep);
            listId = (await commands.CreateAsync(new ListInput { Name = "Segment source list" }, None)).Value;
            await commands.AddContactAsync(listId, person, None);
            await commands.AddContactAsync(listId, company, None);
        }

        var id = await SaveAsync(rep, "People on the list", new ContactFilter { ListIds = [listId], Kind = ContactKind.Person });

        Assert.Equal([person], await MatchingIdsAsync(rep, id));
    }

    [Fact]
    public async Task One_owner_cannot_have_two_segments_of_the_same_name_and_reversed_dates_are_refused()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("segment-name-rep"));
        var colleague = TestUser.SalesRep(await database.AddUserAsync("segment-name-colleague"));
        await SaveAsync(rep, "Gorące", new ContactFilter());
        await SaveAsync(colleague, "Gorące", new ContactFilter());

        await using var db = database.Context(rep);
        var commands = TestDatabase.SegmentCommands(db, rep);
        var duplicate = await commands.CreateAsync(new SegmentInput { Name = "GORĄCE" }, None);
        var reversed = await commands.CreateAsync(new SegmentInput { Name = "Reversed", Filter = new ContactFilter { CreatedFrom = new DateOnly(2026, 5, 2), CreatedTo = new DateOnly(2026, 5, 1) } }, None);

        Assert.Equal([new Failure(SegmentMessages.NameTaken, nameof(SegmentInput.Name))], duplicate.Failures);
        Assert.Equal([new Failure(SegmentMessages.DatesReversed, "Filter.CreatedTo")], reversed.Failures);
    }

    private async Task<int> SaveAsync(TestUser user, string name, ContactFilter filter, bool shared = false)
    {
        await using var db = database.Context(user);
        var result = await TestDatabase.SegmentCommands(db, user).CreateAsync(new SegmentInput { Name = name, IsShared = shared, Filter = filter }, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }

    private async Task<List<int>> MatchingIdsAsync(TestUser user, int segmentId)
    {
        await using var db = database.Context(user);
        var page = await TestDatabase.Queries(db, user).ListAsync(new ContactListQuery { SegmentId = segmentId, PageSize = 100 }, None);
        return [.. page.Items.Select(c => c.Id)];
    }
}
