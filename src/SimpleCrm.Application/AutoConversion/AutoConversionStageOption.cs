namespace SimpleCrm.Application.AutoConversion;

/// <summary>A stage to choose (its name localized by the view when it has a resource key).</summary>
public sealed record AutoConversionStageOption(int Id, string Name, string? ResourceKey);
