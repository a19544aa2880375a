namespace SimpleCrm.Application.AutoConversion;

/// <summary>A new rule as the form (or the "Add clients" wizard) posts it: one list or one segment, where its deals go and what they say.</summary>
public sealed record AutoConversionRuleInput
{
    public const int MaxCloseByOffsetDays = 3650;

    public int? ListId { get; init; }

    public int? SegmentId { get; init; }

    public int StageId { get; init; }

    public string? Label { get; init; }

    /// <summary>Empty: each deal goes to its contact's responsible user.</summary>
    public string? ResponsibleUserId { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    public int? CloseByOffsetDays { get; init; }
}
