namespace SimpleCrm.Application.Leads;

/// <summary>
/// Leads, and the contacts beside them, that share one normalized value: <see cref="Key"/> is that
/// value (a person's in one word order when both orders occur), <see cref="Label"/> how to show it.
/// </summary>
public sealed record LeadDuplicateGroup(
    LeadDuplicateReason Reason,
    string Key,
    string Label,
    IReadOnlyList<LeadDuplicateMember> Leads,
    IReadOnlyList<LeadDuplicateMember> Contacts);
