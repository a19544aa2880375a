namespace SimpleCrm.Application.Merging;

/// <summary>
/// The side-by-side view of contacts to merge, in the order asked for, with the suggested survivor
/// (the first) and for each field the suggested source: the survivor's value, or the first non-empty one.
/// </summary>
public sealed record MergePreview(
    IReadOnlyList<MergeCandidate> Contacts,
    IReadOnlyList<MergeField> Fields,
    int SuggestedSurvivorId,
    IReadOnlyDictionary<MergeField, int> SuggestedChoices);
