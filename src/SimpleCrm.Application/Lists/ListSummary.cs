namespace SimpleCrm.Application.Lists;

/// <summary>A list as the lists page and the list's header show it: members counted among the contacts the user may see.</summary>
public sealed record ListSummary(int Id, string Name, string? Description, int MemberCount, string? CreatedByName, bool MayChange);
