using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Outbox;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Outbox;

public sealed class OutboxDispatcherTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Adding_contacts_to_a_list_raises_one_event_naming_only_the_new_members()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("outbox-rep"));
        var already = await database.AddContactAsync(rep, APerson("Ala", "Zdarzeniowa").OwnedBy(rep.UserId).Build());
        var added = await database.AddContactAsync(rep, APerson("Ola", "Zdarzeniowa").OwnedBy(rep.UserId).Build());
        var list = await AddListAsync("Targi 2026");
        await using (var db = database.Context(rep))
        {
            await database.ListMembership(db, rep).AddAsync(list, [already], None);
        }

        await using (var db = database.Context(rep))
        {
            Assert.Equal(1, await database.ListMembership(db, rep).AddAsync(list, [already, added], None));
        }

        await using var check = database.Context(rep);
        var payloads = await check.OutboxMessages.Where(m => m.Type == nameof(ContactsAddedToList)).OrderBy(m => m.Id).Select(m => m.Payload).ToListAsync();
        Assert.Equal(2, payloads.Count(p => p.Contains($"\"listId\":{list.Id},", StringComparison.Ordinal)));
        Assert.EndsWith($"\"contactIds\":[{added}],\"addedById\":\"{rep.UserId}\"}}", payloads[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dispatcher_hands_each_event_to_its_subscribers_once_and_retries_a_failing_one()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("outbox-dispatch"));
        var contact = await database.AddContactAsync(rep, APerson("Jan", "Wysyłany").OwnedBy(rep.UserId).Build());
        var list = await AddListAsync("Wysyłka");
        await using (var db = database.Context(rep))
        {
            await database.ListMembership(db, rep).AddAsync(list, [contact], None);
        }

        var subscriber = new RecordingSubscriber { FailuresLeft = 1 };
        var services = new ServiceCollection().AddSingleton<IDomainEventSubscriber<ContactsAddedToList>>(subscriber).BuildServiceProvider();

        await DispatchAsync(services);
        await DispatchAsync(services);
        await DispatchAsync(services);

        var received = Assert.Single(subscriber.Received, e => e.ListId == list.Id);
        Assert.Equal([contact], received.ContactIds);
        Assert.Equal(rep.UserId, received.AddedById);
        await using var check = database.Context(rep);
        var message = await check.OutboxMessages.SingleAsync(m => m.Payload.Contains($"\"listId\":{list.Id},"));
        Assert.NotNull(message.ProcessedAt);
        Assert.Equal(2, message.Attempts);
        Assert.Null(message.LastError);
    }

    private async Task DispatchAsync(IServiceProvider services)
    {
        await using var db = database.Context(new SystemUser());
        await new OutboxDispatcher(db, services, database.Clock, NullLogger<OutboxDispatcher>.Instance).DispatchAsync(None);
    }

    private async Task<ContactList> AddListAsync(string name)
    {
        await using var db = database.Context(new SystemUser());
        var unique = name + " " + Guid.NewGuid().ToString("N")[..6];
        var list = new ContactList { Name = unique, NameKey = ListInput.NameKeyOf(unique) };
        db.ContactLists.Add(list);
        await db.SaveChangesAsync();
        return list;
    }

    private sealed class RecordingSubscriber : IDomainEventSubscriber<ContactsAddedToList>
    {
        public int FailuresLeft { get; set; }

        public List<ContactsAddedToList> Received { get; } = [];

        public Task HandleAsync(ContactsAddedToList domainEvent, CancellationToken cancellationToken)
        {
            if (FailuresLeft-- > 0)
            {
                throw new InvalidOperationException("The subscriber is down.");
            }

            Received.Add(domainEvent);
            return Task.CompletedTask;
        }
    }
}
