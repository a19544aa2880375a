namespace SimpleCrm.Application.Deals;

/// <summary>One of a contact's deals as its profile lists it.</summary>
public sealed record ContactDeal(
    int Id,
    string Label,
    string PipelineName,
    string? PipelineResourceKey,
    DealStageItem Stage,
    decimal? Value,
    string? Currency,
    DateOnly? CloseBy,
    bool IsFailing,
    string? ResponsibleName);
