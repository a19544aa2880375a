namespace SimpleCrm.Application.Leads;

/// <summary>
/// A group header of the lead list: a status or a month of creation, and how many leads of the whole
/// filter (not just the page) it holds. <see cref="Month"/> is the first day of the month.
/// </summary>
public sealed record LeadListGroup(int? StatusId, DateOnly? Month, int Count)
{
    /// <summary>Whether the row belongs under this header.</summary>
    public bool Holds(LeadListItem item) => StatusId is { } statusId
        ? item.StatusId == statusId
        : Month is { } month && item.CreatedAt.Year == month.Year && item.CreatedAt.Month == month.Month;
}
