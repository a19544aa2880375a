using SimpleCrm.Application.Merging;

namespace SimpleCrm.Web.Features.Merge;

/// <summary>The profile's duplicates card: the contact on screen and the look-alikes it may be merged with.</summary>
public sealed record DuplicatesViewModel(int ContactId, IReadOnlyList<DuplicateCandidate> Duplicates);
