namespace SimpleCrm.Application.Leads;

/// <summary>
/// One status on the board: its total count and amount (per currency: amounts in different
/// currencies are not added up) and its first cards in board order.
/// </summary>
public sealed record LeadBoardColumn(
    int StatusId,
    string Name,
    string? ResourceKey,
    string Color,
    int Count,
    IReadOnlyList<LeadAmountTotal> Totals,
    IReadOnlyList<LeadBoardCard> Cards);
