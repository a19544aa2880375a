using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// One stage on the board: its deal count, value totals per currency (values in different currencies
/// are never added up) with their weighted sums, and its first cards in board order.
/// </summary>
public sealed record DealBoardColumn(
    int StageId,
    string Name,
    string? ResourceKey,
    string Color,
    StageKind Kind,
    int? Probability,
    int Count,
    IReadOnlyList<DealAmountTotal> Totals,
    IReadOnlyList<DealBoardCard> Cards);
