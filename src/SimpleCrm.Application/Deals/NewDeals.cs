namespace SimpleCrm.Application.Deals;

/// <summary>
/// The values every deal of one bulk addition shares ("Add clients", an auto-conversion rule's run):
/// pipeline, stage, label, value, close-by, owner and where the deals came from. A null
/// <see cref="ResponsibleUserId"/> gives each deal its contact's responsible user.
/// </summary>
public sealed record NewDeals(
    int PipelineId,
    int StageId,
    string Label,
    decimal? Value,
    string? Currency,
    DateOnly? CloseBy,
    string? ResponsibleUserId,
    DealSource Source);
