namespace SimpleCrm.Application.AutoConversion;

/// <summary>A user who may own the rule's deals.</summary>
public sealed record AutoConversionUserOption(string Id, string Name);
