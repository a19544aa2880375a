namespace SimpleCrm.Application.Deals;

/// <summary>
/// The filters of a pipeline's board and of its list view (the same ones on both): owner, label,
/// close-by range, value range and a search over the contact's name, company and email.
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
}
