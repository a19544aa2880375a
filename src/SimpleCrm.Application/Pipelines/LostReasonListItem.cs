namespace SimpleCrm.Application.Pipelines;

/// <summary>One lost reason on Admin > Lost reasons, in order, with how many deals (deleted ones too) give it.</summary>
public sealed record LostReasonListItem(int Id, string Name, string? ResourceKey, bool IsArchived, int DealCount);
