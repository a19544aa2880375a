namespace SimpleCrm.Application.AutoConversion;

/// <summary>A list or segment to choose.</summary>
public sealed record AutoConversionOption(int Id, string Name);
