namespace SimpleCrm.Application.Merging;

/// <summary>A visible contact that looks like a duplicate of the one on screen.</summary>
public sealed record DuplicateCandidate(int Id, string DisplayName, DuplicateReason Reason);
