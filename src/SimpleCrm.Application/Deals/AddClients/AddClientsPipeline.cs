using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>The active pipeline clients are added to, with its stages in order for the stage picker.</summary>
public sealed record AddClientsPipeline(int Id, string Name, string? ResourceKey, IReadOnlyList<StageOption> Stages);
