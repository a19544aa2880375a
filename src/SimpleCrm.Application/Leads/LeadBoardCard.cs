namespace SimpleCrm.Application.Leads;

/// <summary>A kanban card: what it shows and the version that guards a drag.</summary>
public sealed record LeadBoardCard(
    int Id,
    string Name,
    string? CompanyName,
    decimal? EstimatedAmount,
    string? Currency,
    string? ResponsibleName,
    DateTime CreatedAt,
    long Rank,
    Guid Version);
