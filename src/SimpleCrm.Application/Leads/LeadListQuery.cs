using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Leads;

/// <summary>The whole state of the lead list; the URL carries every property.</summary>
public sealed record LeadListQuery
{
    public const int DefaultPageSize = 25;

    public static IReadOnlyList<int> PageSizes { get; } = [25, 50, 100];

    /// <summary>A fragment of the name, person, company, email or city, or phone digits (diacritics ignored).</summary>
    public string? Search { get; init; }

    /// <summary>Only these statuses; none: every open status (converted and junk leads only when asked for).</summary>
    public IReadOnlyList<int> StatusIds { get; init; } = new List<int>();

    /// <summary>With no status chosen: converted and junk leads too.</summary>
    public bool IncludeClosed { get; init; }

    public int? SourceId { get; init; }

    public string? ResponsibleUserId { get; init; }

    public DateOnly? CreatedFrom { get; init; }

    public DateOnly? CreatedTo { get; init; }

    public decimal? AmountFrom { get; init; }

    public decimal? AmountTo { get; init; }

    /// <summary>Custom field criteria (<c>Custom[0].FieldId=3&amp;Custom[0].Min=10</c>); empty ones are ignored.</summary>
    public IReadOnlyList<CustomFieldCriterion> Custom { get; init; } = new List<CustomFieldCriterion>();

    /// <summary>Newest first unless another sort is chosen.</summary>
    public LeadSort Sort { get; init; }

    /// <summary>With <see cref="LeadSort.Custom"/>: the active lead custom field to sort by (<c>Sort=Custom&amp;SortFieldId=12</c>).</summary>
    public int? SortFieldId { get; init; }

    public bool Descending { get; init; } = true;

    /// <summary>Rows under a header per status or per month of creation, sorted by group first, then by <see cref="Sort"/>.</summary>
    public LeadGrouping Group { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}
