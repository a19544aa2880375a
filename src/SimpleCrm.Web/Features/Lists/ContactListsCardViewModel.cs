using SimpleCrm.Application.Lists;

namespace SimpleCrm.Web.Features.Lists;

/// <summary>The lists card of a contact's profile: the lists it is on, and the others to add it to.</summary>
public sealed record ContactListsCardViewModel(int ContactId, IReadOnlyList<ListOption> Lists, IReadOnlyList<ListOption> Others);
