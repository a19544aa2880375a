using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Contacts;

/// <summary>Contact counts per responsible user, against real SQLite.</summary>
public sealed class ResponsibleQueriesTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TestUser _rep = null!;
    private TestUser _otherRep = null!;
    private TestUser _manager = null!;

    public ResponsibleQueriesTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _rep = TestUser.SalesRep(await _database.AddUserAsync("rep-" + suffix));
        _otherRep = TestUser.SalesRep(await _database.AddUserAsync("other-" + suffix));
        _manager = TestUser.Manager(await _database.AddUserAsync("manager-" + suffix));
        for (var i = 0; i < 3; i++)
        {
            await _database.AddContactAsync(_rep, APerson("Mine", $"M{i}").OwnedBy(_rep.UserId).Build());
        }

        for (var i = 0; i < 2; i++)
        {
            await _database.AddContactAsync(_otherRep, APerson("Theirs", $"T{i}").OwnedBy(_otherRep.UserId).Build());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_manager_sees_every_responsible_user_with_their_count()
    {
        var counts = await ListAsync(_manager);

        Assert.Equal(3, counts.Single(c => c.UserId == _rep.UserId).ContactCount);
        Assert.Equal(2, counts.Single(c => c.UserId == _otherRep.UserId).ContactCount);
        Assert.StartsWith("rep-", counts.Single(c => c.UserId == _rep.UserId).DisplayName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sales_rep_counts_only_the_contacts_they_can_see()
    {
        var counts = await ListAsync(_rep);

        var only = Assert.Single(counts);
        Assert.Equal(_rep.UserId, only.UserId);
        Assert.Equal(3, only.ContactCount);
    }

    private async Task<IReadOnlyList<ResponsibleCount>> ListAsync(TestUser user)
    {
        await using var db = _database.Context(user);
        return await new ResponsibleQueries(db, user).ListAsync(CancellationToken.None);
    }
}
