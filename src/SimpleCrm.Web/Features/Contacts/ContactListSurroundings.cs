using SimpleCrm.Application.Lists;

namespace SimpleCrm.Web.Features.Contacts;

/// <summary>What the contact list needs around its rows: the segment or list it is scoped to, and the lists to filter by.</summary>
public sealed record ContactListSurroundings(ContactListScope? Scope, IReadOnlyList<ListOption> ListOptions, bool IsNotFound = false);
