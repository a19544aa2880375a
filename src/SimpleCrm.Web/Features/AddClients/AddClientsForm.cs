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

    // Auto-conversion: its "Convert existing and future contacts" flag goes here (and into the
    // hidden state), offered when IsSingleSource.

    /// <summary>Exactly one list or one segment: the choice an auto-conversion rule can follow.</summary>
    public bool IsSingleSource => ListIds.Distinct().Count() + SegmentIds.Distinct().Count() == 1;

    public AddClientsSelection ToSelection() =>
        new([.. ListIds.Distinct()], [.. SegmentIds.Distinct()], Mode == AddClientsMode.Pick ? [.. PickedIds.Distinct()] : null);
}
