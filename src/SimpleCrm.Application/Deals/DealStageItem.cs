using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals;

/// <summary>A stage of a deal's pipeline as its card's stage bar and the form's choice show it.</summary>
public sealed record DealStageItem(int Id, string Name, string? ResourceKey, string Color, StageKind Kind);
