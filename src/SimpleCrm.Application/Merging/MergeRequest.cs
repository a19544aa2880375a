namespace SimpleCrm.Application.Merging;

/// <summary>
/// What the merge form posts: the contacts, the one that stays, for each field the contact whose
/// value it keeps (a field left out keeps the survivor's) and the version of each contact as shown.
/// </summary>
public sealed record MergeRequest(
    IReadOnlyList<int> ContactIds,
    int SurvivorId,
    IReadOnlyDictionary<MergeField, int> Choices,
    IReadOnlyDictionary<int, Guid> Versions);
