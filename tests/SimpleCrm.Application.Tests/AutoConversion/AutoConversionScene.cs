using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Outbox;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.AutoConversion;

/// <summary>Shortcuts of the auto-conversion tests: lists filled through the real membership code, rules through the real service, runs as the job runs them.</summary>
internal static class AutoConversionScene
{
    public static AutoConversionRules Rules(CrmDbContext db, ICurrentUser user, IAutoConversionScheduler scheduler) => new(db, user, scheduler);

    public static AutoConversionRun Run(this TestDatabase database, CrmDbContext db) => new(db, database.Clock, NullLogger<AutoConversionRun>.Instance);

    /// <summary>Runs the rule as the background job does, in a context of its own; returns the deals added.</summary>
    public static async Task<int> RunRuleAsync(this TestDatabase database, int ruleId)
    {
        await using var db = database.Context(new SystemUser());
        return await database.Run(db).RunAsync(ruleId, CancellationToken.None);
    }

    /// <summary>The recurring sweep over every active rule.</summary>
    public static async Task<int> SweepAsync(this TestDatabase database)
    {
        await using var db = database.Context(new SystemUser());
        return await database.Run(db).RunAllAsync(CancellationToken.None);
    }

    /// <summary>The outbox run, with the auto-conversion subscriber wired as the web app wires it.</summary>
    public static async Task DispatchOutboxAsync(this TestDatabase database)
    {
        await using var db = database.Context(new SystemUser());
        var services = new ServiceCollection()
            .AddSingleton<IDomainEventSubscriber<ContactsAddedToList>>(new ListMembersToDeals(db, database.Run(db)))
            .BuildServiceProvider();
        await new OutboxDispatcher(db, services, database.Clock, NullLogger<OutboxDispatcher>.Instance).DispatchAsync(CancellationToken.None);
    }

    /// <summary>Forgets the pending list events, as if the outbox had lost them.</summary>
    public static async Task LoseOutboxEventsAsync(this TestDatabase database)
    {
        await using var db = database.Context(new SystemUser());
        var now = database.Clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.ProcessedAt == null).ExecuteUpdateAsync(u => u.SetProperty(m => m.ProcessedAt, now));
    }

    /// <summary>A new pipeline (through the admin service) and the id of its first stage.</summary>
    public static async Task<(int PipelineId, int StageId)> AddPipelineAsync(this TestDatabase database, string name)
    {
        var pipelineId = await PipelineScene.AddPipelineAsync(database, TestUser.Admin("auto-conversion-admin"), name);
        return (pipelineId, (await database.StagesAsync(pipelineId))[0].Id);
    }

    public static async Task<ContactList> AddListAsync(this TestDatabase database, string name)
    {
        await using var db = database.Context(new SystemUser());
        var unique = name + " " + Guid.NewGuid().ToString("N")[..6];
        var list = new ContactList { Name = unique, NameKey = ListInput.NameKeyOf(unique) };
        db.ContactLists.Add(list);
        await db.SaveChangesAsync();
        return list;
    }

    /// <summary>Puts contacts on the list through the real membership code, which raises the list event.</summary>
    public static async Task AddToListAsync(this TestDatabase database, ContactList list, IReadOnlyList<int> contactIds)
    {
        await using var db = database.Context(new SystemUser());
        foreach (var batch in contactIds.Chunk(SetBasedInsert.BatchSize))
        {
            await database.ListMembership(db, new SystemUser()).AddAsync(list, batch, CancellationToken.None);
        }
    }

    public static async Task<List<int>> AddContactsAsync(this TestDatabase database, int count, string lastName, string? ownerId = null)
    {
        await using var db = database.Context(new SystemUser());
        return await ContactRows.AddAsync(db, count, lastName, ownerId);
    }

    /// <summary>A segment of the contacts whose name holds <paramref name="search"/>, private to its owner.</summary>
    public static async Task<int> AddSegmentAsync(this TestDatabase database, string ownerId, string search)
    {
        await using var db = database.Context(new SystemUser());
        var segment = new Segment { Name = "Segment " + search, OwnerId = ownerId, Filter = SegmentFilterJson.Write(new ContactFilter { Search = search }) };
        db.Segments.Add(segment);
        await db.SaveChangesAsync();
        return segment.Id;
    }

    /// <summary>Creates a rule through the real service; fails the test if it is refused.</summary>
    public static async Task<int> CreateRuleAsync(this TestDatabase database, ICurrentUser user, int pipelineId, AutoConversionRuleInput input, IAutoConversionScheduler scheduler)
    {
        await using var db = database.Context(user);
        var result = await Rules(db, user, scheduler).CreateAsync(pipelineId, input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }

    public static async Task<AutoConversionRule> RuleAsync(this TestDatabase database, int ruleId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.AutoConversionRules.AsNoTracking().SingleAsync(r => r.Id == ruleId);
    }

    /// <summary>The contact ids of the pipeline's deals with the label, one entry per deal.</summary>
    public static async Task<List<int>> DealContactsAsync(this TestDatabase database, int pipelineId, string label)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Deals.AsNoTracking().Where(d => d.PipelineId == pipelineId && d.Label == label)
            .OrderBy(d => d.ContactId).Select(d => d.ContactId).ToListAsync();
    }
}
