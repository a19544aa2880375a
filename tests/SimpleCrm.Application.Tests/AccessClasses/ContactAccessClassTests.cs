using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.AccessClasses;

/// <summary>Setting a contact's access class: Admin and Manager may, a sales rep's value is ignored, changes go to history.</summary>
public sealed class ContactAccessClassTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TestDatabase _database;
    private TestUser _admin = null!;
    private TestUser _manager = null!;
    private TestUser _rep = null!;
    private int _classId;

    public ContactAccessClassTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _admin = TestUser.Admin(await _database.AddUserAsync("admin-" + suffix));
        _manager = TestUser.Manager(await _database.AddUserAsync("manager-" + suffix));
        _rep = TestUser.SalesRep(await _database.AddUserAsync("rep-" + suffix));
        await using var db = _database.Context(_admin);
        _classId = (await new AccessClassAdministration(db, _admin).CreateAsync(new AccessClassInput { Name = "Key accounts " + suffix }, None)).Value;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_rep_cannot_set_a_class_when_creating_a_contact()
    {
        var id = await _database.AddContactAsync(_rep, APerson().With(i => i.AccessClassId = _classId).Build());

        Assert.Null(await ClassOfAsync(id));
    }

    [Fact]
    public async Task A_rep_cannot_set_or_clear_a_class_when_editing_a_contact_they_see()
    {
        var unclassed = await _database.AddContactAsync(_rep, APerson("Own", "Plain").Build());
        var classed = await _database.AddContactAsync(_manager, APerson("Own", "Classed").OwnedBy(_rep.UserId).With(i => i.AccessClassId = _classId).Build());

        var set = await UpdateAsync(_rep, unclassed, i => i.AccessClassId = _classId);
        var cleared = await UpdateAsync(_rep, classed, i => i.AccessClassId = null);

        Assert.True(set.Succeeded);
        Assert.True(cleared.Succeeded);
        Assert.Null(await ClassOfAsync(unclassed));
        Assert.Equal(_classId, await ClassOfAsync(classed));
    }

    [Fact]
    public async Task A_manager_sets_a_class_and_the_change_is_recorded_in_history()
    {
        var id = await _database.AddContactAsync(_manager, APerson("Set", "ByManager").Build());

        var result = await UpdateAsync(_manager, id, i => i.AccessClassId = _classId);

        Assert.True(result.Succeeded);
        Assert.Equal(_classId, await ClassOfAsync(id));
        await using var db = _database.Context(_admin);
        var entry = await db.History.AsNoTracking().SingleAsync(h => h.RecordType == HistoryRecordTypes.Contact && h.RecordId == id);
        Assert.Equal("AccessClassSet", entry.Action);
        Assert.Equal(_manager.UserId, entry.UserId);
        Assert.StartsWith("Key accounts", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_without_changing_the_class_records_no_history()
    {
        var id = await _database.AddContactAsync(_admin, APerson("Same", "Class").With(i => i.AccessClassId = _classId).Build());

        await UpdateAsync(_admin, id, i => i.City = "Vilnius");

        // The city's change is a field change line of its own; the unchanged class writes nothing.
        await using var db = _database.Context(_admin);
        var actions = await db.History.Where(h => h.RecordId == id && h.RecordType == HistoryRecordTypes.Contact).Select(h => h.Action).ToListAsync();
        Assert.Equal(["FieldChanged"], actions);
    }

    [Fact]
    public async Task An_unknown_class_is_refused_next_to_the_field()
    {
        var id = await _database.AddContactAsync(_admin, APerson("Unknown", "Class").Build());

        var result = await UpdateAsync(_admin, id, i => i.AccessClassId = 987654);

        Assert.Contains(result.Failures, f => f.MessageKey == ContactAccessClassSetter.UnknownClass && f.Field == nameof(ContactInput.AccessClassId));
        Assert.Null(await ClassOfAsync(id));
    }

    private async Task<int?> ClassOfAsync(int id)
    {
        await using var db = _database.Context(_admin);
        return await db.Contacts.Where(c => c.Id == id).Select(c => c.AccessClassId).SingleAsync();
    }

    private async Task<SimpleCrm.Application.Common.Result> UpdateAsync(TestUser user, int id, Action<ContactInput> change)
    {
        await using var db = _database.Context(user);
        var edit = await TestDatabase.Queries(db, user).GetForEditAsync(id, None);
        Assert.NotNull(edit);
        change(edit.Input);
        return await _database.Commands(db, user).UpdateAsync(id, edit.Input, edit.Version, None);
    }
}
