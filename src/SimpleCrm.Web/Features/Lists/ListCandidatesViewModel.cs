using SimpleCrm.Application.Lists;

namespace SimpleCrm.Web.Features.Lists;

/// <summary>The contacts offered for a list while typing, and the page to come back to after adding one.</summary>
public sealed record ListCandidatesViewModel(int ListId, string? Term, IReadOnlyList<ListCandidate> Candidates, string? ReturnUrl);
