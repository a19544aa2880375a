using SimpleCrm.Application.Merging;

namespace SimpleCrm.Web.Features.Merge;

/// <summary>
/// What the merge form posts: the contacts (hidden), the one kept, per field the contact whose value
/// stays (radio "Choices[City]" = contact id) and each contact's version as shown ("Versions[12]").
/// </summary>
public sealed record MergeInput
{
    public List<int> Ids { get; init; } = [];

    public int SurvivorId { get; init; }

    public Dictionary<MergeField, int> Choices { get; init; } = [];

    public Dictionary<int, Guid> Versions { get; init; } = [];

    public MergeRequest ToRequest() => new(Ids, SurvivorId, Choices, Versions);
}
