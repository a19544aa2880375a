using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.AccessClasses;

/// <summary>
/// The written-out list of a class-holding rep (RepNamePage, SQLite, no filter, by name) against the
/// general EF path: same contacts, same order, same count, on every page and in both directions.
/// </summary>
public sealed class RepNamePageTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_written_out_pages_match_the_EF_path_in_both_directions(bool descending)
    {
        await database.EnsureRoleAsync(Roles.SalesRep);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var admin = TestUser.Admin(await database.AddUserAsync("admin-" + suffix));
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-" + suffix));
        var owner = TestUser.SalesRep(await database.AddUserAsync("owner-" + suffix));
        var first = await CreateClassAsync(admin, "First");
        var second = await CreateClassAsync(admin, "Second");
        await GrantAsync(admin, first, rep.UserId!);
        await GrantAsync(admin, second, rep.UserId!);

        var visible = new List<int>();
        var deleted = new List<int>();
        for (var i = 0; i < 70; i++)
        {
            // Names repeat (every fifth one shared) so ties are settled by Id.
            var last = i % 5 == 0 ? "Same" : $"Name{(i * 37) % 70:00}";
            var (by, responsible, accessClass) = (i % 7) switch
            {
                0 => (rep, rep.UserId, (int?)null),   // the rep's own
                1 => (rep, rep.UserId, first),        // the rep's own and in their class: once only
                2 => (owner, owner.UserId, first),    // another rep's, in a held class
                3 => (owner, owner.UserId, second),
                4 => (admin, (string?)null, second),  // no one responsible, in a held class
                5 => (owner, owner.UserId, null),     // another rep's, no class: never seen
                _ => (rep, rep.UserId, (int?)null),
            };
            var id = await database.AddContactAsync(by, APerson("Osoba", last).OwnedBy(responsible).Build());
            if (accessClass is { } classId)
            {
                await using var db = database.Context(admin);
                await db.Contacts.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.AccessClassId, classId));
            }

            if (i % 7 != 5 && i % 11 == 3)
            {
                await using var db = database.Context(admin);
                Assert.True((await database.Commands(db, admin).DeleteAsync(id, None)).Succeeded);
                deleted.Add(id);
            }
            else if (i % 7 != 5)
            {
                visible.Add(id);
            }
        }

        Assert.NotEmpty(deleted);
        await using var context = database.Context(rep);
        var holder = await rep.WithHeldClassesAsync(context);
        var queries = TestDatabase.Queries(context, holder);
        var query = new ContactListQuery { Descending = descending };
        Assert.True(RepNamePage.Applies(context, holder, query));

        var general = await (await queries.FilteredAndOrderedAsync(query, None)).Select(c => c.Id).ToListAsync();
        Assert.Equal(visible.Order(), general.Order());

        var seen = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await queries.ListAsync(query with { Page = page }, None);
            Assert.Equal(visible.Count, result.TotalCount);
            seen.AddRange(result.Items.Select(c => c.Id));
        }

        Assert.Equal(general, seen);
        Assert.Empty(seen.Intersect(deleted));

        // A page past the end is clamped to the last one, as on the EF path.
        var beyond = await queries.ListAsync(query with { Page = 99 }, None);
        Assert.Equal(general.Skip(50), beyond.Items.Select(c => c.Id));
    }

    private async Task<int> CreateClassAsync(TestUser admin, string name)
    {
        await using var db = database.Context(admin);
        var result = await new AccessClassAdministration(db, admin)
            .CreateAsync(new AccessClassInput { Name = name + " " + Guid.NewGuid().ToString("N")[..6] }, None);
        Assert.True(result.Succeeded);
        return result.Value;
    }

    private async Task GrantAsync(TestUser admin, int classId, string userId)
    {
        await using var db = database.Context(admin);
        Assert.True((await new AccessClassGrants(db, admin).GrantUserAsync(classId, userId, None)).Succeeded);
    }
}
