namespace SimpleCrm.Application.Leads;

/// <summary>The kanban board's filters (the list's, where they make sense on a board of open work).</summary>
public sealed record LeadBoardQuery
{
    public string? Search { get; init; }

    public int? SourceId { get; init; }

    public string? ResponsibleUserId { get; init; }
}
