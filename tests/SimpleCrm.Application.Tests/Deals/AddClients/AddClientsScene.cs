using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals.AddClients;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals.AddClients;

/// <summary>Shortcuts of the "Add clients" tests: the services wired as the web app wires them, lists and segments straight into the tables.</summary>
internal static class AddClientsScene
{
    public static AddClientsQueries Queries(this TestDatabase database, CrmDbContext db, ICurrentUser user, int limit = 1000)
    {
        _ = database;
        var matching = new ContactMatching(db, user);
        return new AddClientsQueries(db, new AddClientsCandidates(db, user, matching), matching,
            TestDatabase.ListQueries(db, user), TestDatabase.SegmentQueries(db, user), Options.Create(new AddClientsOptions { AddClientsLimit = limit }));
    }

    public static AddClientsCommands AddClients(this TestDatabase database, CrmDbContext db, ICurrentUser user, int limit = 1000) =>
        new(db, user, new AddClientsCandidates(db, user, new ContactMatching(db, user)), database.Queries(db, user, limit), database.Clock);

    public static async Task<int> AddListAsync(this TestDatabase database, string name, IEnumerable<int> contactIds)
    {
        await using var db = database.Context(new SystemUser());
        var list = new ContactList { Name = name, NameKey = name.ToLowerInvariant() };
        db.ContactLists.Add(list);
        await db.SaveChangesAsync();
        db.ContactListMembers.AddRange(contactIds.Select(id => new ContactListMember { ListId = list.Id, ContactId = id }));
        await db.SaveChangesAsync();
        return list.Id;
    }

    /// <summary>A segment of a new user, shared with everyone or private to that user.</summary>
    public static async Task<int> AddSegmentAsync(this TestDatabase database, ContactFilter filter, bool shared)
    {
        var ownerId = await database.AddUserAsync("segment-owner-" + Guid.NewGuid().ToString("N"));
        await using var db = database.Context(new SystemUser());
        var segment = new Segment { Name = "Segment " + Guid.NewGuid().ToString("N"), OwnerId = ownerId, IsShared = shared, Filter = SegmentFilterJson.Write(filter) };
        db.Segments.Add(segment);
        await db.SaveChangesAsync();
        return segment.Id;
    }

    /// <summary>A contact through the real create command, so its emails are normalized as in the app.</summary>
    public static async Task<int> AddPersonAsync(this TestDatabase database, string last, string? owner = null, params string[] emails)
    {
        var user = new SystemUser();
        await using var db = database.Context(user);
        var result = await database.Commands(db, user).CreateAsync(
            ContactInputBuilder.APerson("Anna", last).WithEmails(emails).OwnedBy(owner).Build(), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }
}
