using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Segments;

/// <summary>A segment as the segments page and the contact list's header show it, with its live count of visible contacts.</summary>
public sealed record SegmentSummary(int Id, string Name, bool IsShared, string? OwnerName, ContactFilter Filter, int ContactCount, bool MayChange);
