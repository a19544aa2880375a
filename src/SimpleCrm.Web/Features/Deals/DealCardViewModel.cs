using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Web.Features.Deals;

/// <summary>
/// The deal card: the deal, its pipeline's stages for the stage bar, the lost reasons the bar offers,
/// the open tab and the timeline's page. <see cref="AskLostStageId"/>: a Lost stage clicked without a
/// reason, so the bar opens its reason picker for it (the way without script).
/// </summary>
public sealed record DealCardViewModel(DealCard Deal, IReadOnlyList<DealStageItem> Stages, IReadOnlyList<DealChoice> LostReasons, string Tab, int Page, int? AskLostStageId)
{
    /// <summary>The Lost stage the reason picker's button moves the deal to: the one asked, else the pipeline's first.</summary>
    public int? LostStageId => AskLostStageId ?? Stages.FirstOrDefault(s => s.Kind == StageKind.Lost)?.Id;

    /// <summary>The active deal fields with the deal's values, for the card's fields panel.</summary>
    public IReadOnlyList<CustomFieldShown> CustomFields { get; init; } = [];
}
