using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.AccessClasses;

/// <summary>Admin > Access classes: names, edits, counts and who may do it.</summary>
public sealed class AccessClassAdministrationTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TestDatabase _database;
    private TestUser _admin = null!;
    private TestUser _manager = null!;

    public AccessClassAdministrationTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _admin = TestUser.Admin(await _database.AddUserAsync("admin-" + suffix));
        _manager = TestUser.Manager(await _database.AddUserAsync("manager-" + suffix));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Class_names_are_unique_without_regard_to_case_or_surrounding_spaces()
    {
        var name = "Key accounts " + Unique();
        await CreateAsync(_admin, name);

        var second = await CreateAsync(_admin, "  " + name.ToUpperInvariant() + " ");

        Assert.False(second.Succeeded);
        Assert.Contains(second.Failures, f => f.MessageKey == AccessClassMessages.NameTaken && f.Field == nameof(AccessClassInput.Name));
    }

    [Fact]
    public async Task Renaming_a_class_to_its_own_name_in_other_case_is_allowed_and_to_another_class_name_is_not()
    {
        var other = "Blacklist " + Unique();
        await CreateAsync(_admin, other);
        var created = await CreateAsync(_admin, "Region " + Unique());
        await using var db = _database.Context(_admin);
        var service = new AccessClassAdministration(db, _admin);

        var recased = await service.UpdateAsync(created.Value, new AccessClassInput { Name = "REGION X", Description = "North" }, None);
        var clash = await service.UpdateAsync(created.Value, new AccessClassInput { Name = other.ToLowerInvariant() }, None);

        Assert.True(recased.Succeeded);
        Assert.Contains(clash.Failures, f => f.MessageKey == AccessClassMessages.NameTaken);
        var stored = await db.AccessClasses.AsNoTracking().SingleAsync(a => a.Id == created.Value);
        Assert.Equal("REGION X", stored.Name);
        Assert.Equal("region x", stored.NameKey);
        Assert.Equal("North", stored.Description);
    }

    [Fact]
    public async Task A_blank_name_is_required()
    {
        var result = await CreateAsync(_admin, "   ");

        Assert.Contains(result.Failures, f => f.MessageKey == Messages.Required && f.Field == nameof(AccessClassInput.Name));
    }

    [Fact]
    public async Task The_list_shows_each_class_with_its_grants_and_the_count_of_its_live_contacts()
    {
        var name = "Counted " + Unique();
        var created = await CreateAsync(_admin, name);
        var rep = TestUser.SalesRep(await _database.AddUserAsync("granted-" + Unique()));
        var live = await _database.AddContactAsync(_admin, APerson("Live", "One").Build());
        var deleted = await _database.AddContactAsync(_admin, APerson("Deleted", "One").Build());
        await using var db = _database.Context(_admin);
        await db.Contacts.Where(c => c.Id == live || c.Id == deleted)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AccessClassId, created.Value));
        await db.Contacts.Where(c => c.Id == deleted).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsDeleted, true));
        await new AccessClassGrants(db, _admin).GrantUserAsync(created.Value, rep.UserId!, None);

        var list = await new AccessClassAdministration(db, _admin).ListAsync(None);

        var item = Assert.Single(list, a => a.Id == created.Value);
        Assert.Equal(name, item.Name);
        Assert.Equal(1, item.ContactCount);
        Assert.Equal(rep.UserId, Assert.Single(item.Users).Id);
    }

    [Fact]
    public async Task A_manager_can_neither_create_nor_list_nor_grant()
    {
        var created = await CreateAsync(_admin, "Admin only " + Unique());
        await using var db = _database.Context(_manager);

        var create = await new AccessClassAdministration(db, _manager).CreateAsync(new AccessClassInput { Name = "Mine " + Unique() }, None);
        var list = await new AccessClassAdministration(db, _manager).ListAsync(None);
        var grant = await new AccessClassGrants(db, _manager).GrantUserAsync(created.Value, _manager.UserId!, None);

        Assert.True(create.IsNotFound);
        Assert.Empty(list);
        Assert.True(grant.IsNotFound);
    }

    [Fact]
    public async Task Granting_an_unknown_user_fails_with_a_message()
    {
        var created = await CreateAsync(_admin, "Grant check " + Unique());
        await using var db = _database.Context(_admin);

        var result = await new AccessClassGrants(db, _admin).GrantUserAsync(created.Value, "no-such-user", None);

        Assert.Contains(result.Failures, f => f.MessageKey == AccessClassMessages.UnknownUser);
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<Result<int>> CreateAsync(TestUser user, string name)
    {
        await using var db = _database.Context(user);
        return await new AccessClassAdministration(db, user).CreateAsync(new AccessClassInput { Name = name }, None);
    }
}
