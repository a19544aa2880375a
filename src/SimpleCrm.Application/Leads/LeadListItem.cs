namespace SimpleCrm.Application.Leads;

/// <summary>A row of the lead list: what the columns show, the status for its dropdown and the version that guards a change from the row.</summary>
public sealed record LeadListItem(
    int Id,
    string Name,
    int StatusId,
    string? PersonName,
    string? CompanyName,
    string? Email,
    string? Phone,
    string? SourceName,
    string? SourceResourceKey,
    decimal? EstimatedAmount,
    string? Currency,
    string? ResponsibleName,
    DateTime CreatedAt,
    Guid Version);
