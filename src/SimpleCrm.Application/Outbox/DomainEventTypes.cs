using SimpleCrm.Application.Lists;

namespace SimpleCrm.Application.Outbox;

/// <summary>The events the outbox can carry, by the stable name stored in each message.</summary>
public static class DomainEventTypes
{
    private static readonly Dictionary<string, Type> ByName = new(StringComparer.Ordinal)
    {
        [nameof(ContactsAddedToList)] = typeof(ContactsAddedToList),
    };

    public static string NameOf(IDomainEvent domainEvent) =>
        ByName.Single(pair => pair.Value == domainEvent.GetType()).Key;

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);
}
