namespace SimpleCrm.Application.Contacts;

/// <summary>A soft-deleted contact an admin may restore.</summary>
public sealed record DeletedContact(int Id, string DisplayName, DateTime? DeletedAt, string? DeletedByName);
