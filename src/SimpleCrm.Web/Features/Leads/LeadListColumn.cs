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
}
