namespace SimpleCrm.Web.Features.Contacts;

/// <summary>
/// What narrows the contact list before any filter: a static list, a segment, or the user's selection
/// basket. Count: its visible members (a list) or contacts it matches now (a segment).
/// </summary>
public sealed record ContactListScope(ContactListScopeKind Kind, int? Id, string Name, string? Description = null, bool MayChange = false, int? Count = null);
