namespace SimpleCrm.Application.Deals;

/// <summary>The choices of a deal form: the active pipelines, the chosen pipeline's stages and the lost reasons offered.</summary>
public sealed record DealFormOptions(IReadOnlyList<DealChoice> Pipelines, IReadOnlyList<DealStageItem> Stages, IReadOnlyList<DealChoice> LostReasons);
