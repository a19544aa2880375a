using SimpleCrm.Application.Outbox;

namespace SimpleCrm.Application.Lists;

/// <summary>Contacts became members of a list (those already on it are not repeated). Auto-conversion to deals hooks in here.</summary>
public sealed record ContactsAddedToList(int ListId, IReadOnlyList<int> ContactIds, string? AddedById) : IDomainEvent;
