namespace SimpleCrm.Application.Outbox;

/// <summary>Reacts to a domain event after the change that raised it was committed (at least once: subscribers must be idempotent).</summary>
public interface IDomainEventSubscriber<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
