using SimpleCrm.Application.Deals.AddClients;

namespace SimpleCrm.Web.Features.AddClients;

/// <summary>
/// The whole state of the wizard, posted by every step in visible or hidden fields (no server
/// session): the chosen lists and segments, all or picked by hand, the search and page of the
/// picker, the deal fields. <see cref="Input"/> binds with the prefix "Input".
/// </summary>
public sealed class AddClientsForm
{
    public List<int> ListIds { get; set; } = [];

    public List<int> SegmentIds { get; set; } = [];

    public AddClientsMode Mode { get; set; }

    public List<int> PickedIds { get; set; } = [];

    public string? Search { get; set; }

    public int Page { get; set; } = 1;

    public AddClientsInput Input { get; set; } = new();

    /// <summary>"Convert existing and future contacts": an auto-conversion rule instead of a one-time addition.</summary>
    public bool ConvertFuture { get; set; }

    /// <summary>Exactly one list or one segment: the choice an auto-conversion rule can follow.</summary>
    public bool IsSingleSource => ListIds.Distinct().Count() + SegmentIds.Distinct().Count() == 1;

    /// <summary>A rule follows all members of one list or segment, never a hand-picked few.</summary>
    public bool OffersRule => IsSingleSource && Mode == AddClientsMode.All;

    /// <summary>The wizard ends in a rule: asked for and possible with this choice.</summary>
    public bool MakesRule => ConvertFuture && OffersRule;

    public AddClientsSelection ToSelection() =>
        new([.. ListIds.Distinct()], [.. SegmentIds.Distinct()], Mode == AddClientsMode.Pick ? [.. PickedIds.Distinct()] : null);
}
