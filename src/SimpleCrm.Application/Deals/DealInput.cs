using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// What the deal form posts. The contact and pipeline come from the page (the profile's "New deal",
/// the pipeline step), never from the edit form: a deal stays with its contact and pipeline.
/// </summary>
public sealed class DealInput
{
    /// <summary>The product or service category being sold; required.</summary>
    public string? Label { get; set; }

    /// <summary>The stage; a new deal starts in its pipeline's first open stage when none is given.</summary>
    public int? StageId { get; set; }

    public decimal? Value { get; set; }

    public string? Currency { get; set; }

    public DateOnly? CloseBy { get; set; }

    /// <summary>The responsible user; a new deal is its author's when none is given.</summary>
    public string? ResponsibleUserId { get; set; }

    /// <summary>Why the deal was lost: required in a Lost stage, ignored elsewhere.</summary>
    public int? LostReasonId { get; set; }

    /// <summary>The deal custom fields' entries; on edit, a field the form did not post keeps its values.</summary>
    public List<CustomFieldEntry> CustomFields { get; set; } = [];
}
