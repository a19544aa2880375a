using System.Text.Json;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Outbox;

/// <summary>
/// Adds a domain event to the unit of work, so it is saved in the same transaction as the change
/// that raised it: no event without its change, no change without its event.
/// </summary>
public static class OutboxWriter
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Raise(CrmDbContext db, IDomainEvent domainEvent, DateTime occurredAt) =>
        db.OutboxMessages.Add(new OutboxMessage
        {
            Type = DomainEventTypes.NameOf(domainEvent),
            Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json),
            OccurredAt = occurredAt,
        });
}
