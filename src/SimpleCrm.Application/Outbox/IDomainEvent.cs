namespace SimpleCrm.Application.Outbox;

/// <summary>Something that happened in the domain that other features may react to. Travels through the outbox as JSON.</summary>
public interface IDomainEvent;
