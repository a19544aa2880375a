using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.AccessClasses;

/// <summary>The visibility rule with access classes: held directly or through a role, revoked, deleted.</summary>
public sealed class AccessClassVisibilityTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TestDatabase _database;
    private TestUser _admin = null!;
    private TestUser _rep = null!;
    private TestUser _owner = null!;

    public AccessClassVisibilityTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await _database.EnsureRoleAsync(Roles.SalesRep);
        _admin = TestUser.Admin(await _database.AddUserAsync("admin-" + suffix));
        _rep = TestUser.SalesRep(await _database.AddUserAsync("rep-" + suffix));
        _owner = TestUser.SalesRep(await _database.AddUserAsync("owner-" + suffix));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_rep_sees_a_contact_of_a_class_granted_to_them_and_not_one_of_another_class()
    {
        var granted = await CreateClassAsync("Key accounts");
        var other = await CreateClassAsync("Blacklist");
        var inGranted = await AddOthersContactAsync(granted);
        var inOther = await AddOthersContactAsync(other);
        await GrantsAs(_admin).GrantUserAsync(granted, _rep.UserId!, None);

        var visible = await VisibleIdsAsync(_rep);

        Assert.Contains(inGranted, visible);
        Assert.DoesNotContain(inOther, visible);
    }

    [Fact]
    public async Task A_rep_sees_a_contact_of_a_class_granted_to_their_role()
    {
        var accessClass = await CreateClassAsync("Region North");
        var contact = await AddOthersContactAsync(accessClass);
        var before = await VisibleIdsAsync(_rep);
        await GrantsAs(_admin).GrantRoleAsync(accessClass, Roles.SalesRep, None);

        var after = await VisibleIdsAsync(_rep);

        Assert.DoesNotContain(contact, before);
        Assert.Contains(contact, after);
    }

    [Fact]
    public async Task Revoking_a_users_grant_removes_the_visibility()
    {
        var accessClass = await CreateClassAsync("Region South");
        var contact = await AddOthersContactAsync(accessClass);
        await GrantsAs(_admin).GrantUserAsync(accessClass, _rep.UserId!, None);
        var before = await VisibleIdsAsync(_rep);

        await GrantsAs(_admin).RevokeUserAsync(accessClass, _rep.UserId!, None);

        Assert.Contains(contact, before);
        Assert.DoesNotContain(contact, await VisibleIdsAsync(_rep));
    }

    [Fact]
    public async Task Revoking_a_roles_grant_removes_the_visibility()
    {
        var accessClass = await CreateClassAsync("Region East");
        var contact = await AddOthersContactAsync(accessClass);
        await GrantsAs(_admin).GrantRoleAsync(accessClass, Roles.SalesRep, None);
        var before = await VisibleIdsAsync(_rep);

        await GrantsAs(_admin).RevokeRoleAsync(accessClass, Roles.SalesRep, None);

        Assert.Contains(contact, before);
        Assert.DoesNotContain(contact, await VisibleIdsAsync(_rep));
    }

    [Fact]
    public async Task A_rep_still_sees_their_own_contacts_when_they_hold_a_class()
    {
        var accessClass = await CreateClassAsync("Partners");
        await GrantsAs(_admin).GrantUserAsync(accessClass, _rep.UserId!, None);
        var own = await _database.AddContactAsync(_rep, APerson("Own", "Contact").OwnedBy(_rep.UserId).Build());

        var visible = await VisibleIdsAsync(_rep);

        Assert.Contains(own, visible);
    }

    [Fact]
    public async Task Deleting_a_class_leaves_its_contacts_with_no_class_and_visible_only_to_their_owner()
    {
        var accessClass = await CreateClassAsync("Short lived");
        var contact = await AddOthersContactAsync(accessClass);
        await GrantsAs(_admin).GrantUserAsync(accessClass, _rep.UserId!, None);

        await using (var db = _database.Context(_admin))
        {
            var deleted = await new AccessClassAdministration(db, _admin).DeleteAsync(accessClass, None);
            Assert.True(deleted.Succeeded);
        }

        await using var check = _database.Context(_admin);
        Assert.Null(await check.Contacts.Where(c => c.Id == contact).Select(c => c.AccessClassId).SingleAsync());
        Assert.False(await check.AccessClassUserGrants.AnyAsync(g => g.AccessClassId == accessClass));
        Assert.DoesNotContain(contact, await VisibleIdsAsync(_rep));
        Assert.Contains(contact, await VisibleIdsAsync(_owner));
    }

    [Fact]
    public async Task A_rep_holding_a_class_pages_through_own_and_class_contacts_in_name_order_without_gaps_or_repeats()
    {
        var granted = await CreateClassAsync("Paged accounts");
        await GrantsAs(_admin).GrantUserAsync(granted, _rep.UserId!, None);
        var marker = "walk" + Guid.NewGuid().ToString("N")[..6];
        var expected = new List<(string Name, int Id)>();
        for (var i = 0; i < 60; i++)
        {
            var mine = i % 2 == 0;
            var owner = mine ? _rep : _owner;
            var name = $"{marker}{i:000}";
            var id = await _database.AddContactAsync(owner, APerson("Osoba", name).OwnedBy(owner.UserId).Build());
            if (!mine || i % 10 == 0)
            {
                await using var db = _database.Context(_admin);
                await db.Contacts.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.AccessClassId, granted));
            }

            expected.Add((name, id));
        }

        // Without a filter the page is the written-out compound (RepNamePage); with a search, the EF
        // path. Unfiltered, the rep also sees contacts of classes other tests granted to every sales rep,
        // so there our 60 must come in order among them, and the whole walk match the EF path.
        var ordered = expected.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => e.Id).ToList();
        foreach (var search in new[] { null, marker })
        {
            var seen = new List<int>();
            var total = 0;
            List<int> general;
            for (var page = 1; page == 1 || seen.Count < total; page++)
            {
                await using var db = _database.Context(_rep);
                var rep = await _rep.WithHeldClassesAsync(db);
                var query = new ContactListQuery { Search = search, Page = page };
                Assert.Equal(search is null, RepNamePage.Applies(db, rep, query));
                var result = await TestDatabase.Queries(db, rep).ListAsync(query, None);
                total = result.TotalCount;
                Assert.NotEmpty(result.Items);
                seen.AddRange(result.Items.Select(c => c.Id));
            }

            await using (var db = _database.Context(_rep))
            {
                var rep = await _rep.WithHeldClassesAsync(db);
                general = await (await TestDatabase.Queries(db, rep).FilteredAndOrderedAsync(new ContactListQuery { Search = search }, None))
                    .Select(c => c.Id).ToListAsync();
            }

            Assert.Equal(general, seen);
            Assert.Equal(general.Count, total);
            Assert.True(search is null ? total >= 60 : total == 60, $"{total} contacts");
            Assert.Equal(ordered, seen.Where(ordered.Contains));
        }
    }

    private async Task<int> CreateClassAsync(string name)
    {
        await using var db = _database.Context(_admin);
        var result = await new AccessClassAdministration(db, _admin)
            .CreateAsync(new AccessClassInput { Name = name + " " + Guid.NewGuid().ToString("N")[..6] }, None);
        Assert.True(result.Succeeded);
        return result.Value;
    }

    private async Task<int> AddOthersContactAsync(int accessClassId)
    {
        var id = await _database.AddContactAsync(_owner, APerson("Classed", "Contact").OwnedBy(_owner.UserId).Build());
        await using var db = _database.Context(_admin);
        await db.Contacts.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AccessClassId, accessClassId));
        return id;
    }

    private AccessClassGrantsScope GrantsAs(TestUser user) => new(_database, user);

    private async Task<List<int>> VisibleIdsAsync(TestUser user)
    {
        await using var db = _database.Context(user);
        var resolved = await user.WithHeldClassesAsync(db);
        return await db.Contacts.VisibleTo(resolved).Select(c => c.Id).ToListAsync();
    }

    /// <summary>Each grant or revocation in its own context, as each is its own request in the app.</summary>
    private sealed class AccessClassGrantsScope(TestDatabase database, TestUser user)
    {
        public Task GrantUserAsync(int id, string userId, CancellationToken ct) => RunAsync(g => g.GrantUserAsync(id, userId, ct));

        public Task RevokeUserAsync(int id, string userId, CancellationToken ct) => RunAsync(g => g.RevokeUserAsync(id, userId, ct));

        public Task GrantRoleAsync(int id, string role, CancellationToken ct) => RunAsync(g => g.GrantRoleAsync(id, role, ct));

        public Task RevokeRoleAsync(int id, string role, CancellationToken ct) => RunAsync(g => g.RevokeRoleAsync(id, role, ct));

        private async Task RunAsync(Func<AccessClassGrants, Task<SimpleCrm.Application.Common.Result>> action)
        {
            await using var db = database.Context(user);
            var result = await action(new AccessClassGrants(db, user));
            Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        }
    }
}
