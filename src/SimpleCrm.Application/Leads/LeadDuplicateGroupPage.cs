namespace SimpleCrm.Application.Leads;

/// <summary>One page of duplicate groups of one kind; whether another page follows (counting every group would read every key).</summary>
public sealed record LeadDuplicateGroupPage(LeadDuplicateReason Reason, IReadOnlyList<LeadDuplicateGroup> Groups, int PageNumber, bool HasNext);
