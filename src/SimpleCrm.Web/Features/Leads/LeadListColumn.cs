using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.Leads;

/// <summary>
/// A column of the lead list: its stable <see cref="Key"/> (what a user's preference stores), its
/// header (a resource key, or a typed <see cref="HeaderText"/> for a column an admin named, such as
/// a custom field), the partial that renders its cell from (list, row, column), the sort its header
/// offers and its responsive classes.
/// </summary>
public sealed record LeadListColumn(string Key, string HeaderKey, string CellPartial, LeadSort? Sort = null, string? CssClass = null)
{
    /// <summary>Shown as typed instead of <see cref="HeaderKey"/>.</summary>
    public string? HeaderText { get; init; }

    /// <summary>The name column: always shown, the user cannot hide it.</summary>
    public bool AlwaysShown { get; init; }

    /// <summary>A custom field's column: the field whose value the cell shows (and, with <see cref="LeadSort.Custom"/>, sorts by).</summary>
    public int? CustomFieldId { get; init; }

    /// <summary>Shown only when the user picks it (custom fields), not in the list of a user who never chose.</summary>
    public bool OnlyWhenChosen { get; init; }

    /// <summary>Whether the list is sorted by this column now.</summary>
    public bool IsSortedBy(LeadListQuery query) => Sort is { } sort && query.Sort == sort && (sort != LeadSort.Custom || query.SortFieldId == CustomFieldId);
}
