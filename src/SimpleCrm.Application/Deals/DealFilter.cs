namespace SimpleCrm.Application.Deals;

/// <summary>
/// The filters of a pipeline's board and of its list view (the same ones on both): owner, label,
/// close-by range, value range and a search over the contact's name, company and email; and the
/// board's highlights: only overdue deals, and after how many quiet days a deal counts as idle.
/// </summary>
public sealed record DealFilter
{
    public string? Search { get; init; }

    public string? ResponsibleUserId { get; init; }

    public string? Label { get; init; }

    public DateOnly? CloseByFrom { get; init; }

    public DateOnly? CloseByTo { get; init; }

    public decimal? ValueFrom { get; init; }

    public decimal? ValueTo { get; init; }

    /// <summary>Only open deals past their close-by date (the day comes from the clock: see DealHighlights).</summary>
    public bool OverdueOnly { get; init; }

    /// <summary>A deal without a stage change or activity for this many days is marked idle; none: <see cref="DefaultIdleDays"/>.</summary>
    public int? IdleDays { get; init; }

    public const int DefaultIdleDays = 14;
}
