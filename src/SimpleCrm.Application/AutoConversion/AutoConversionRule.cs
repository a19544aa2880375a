using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.AutoConversion;

/// <summary>
/// "Every member of this list (or contact of this segment) becomes a deal in this stage": the rule
/// behind "Convert existing and future contacts". It runs in the background for the whole team, so
/// only managers and admins create, pause or delete one. Its state (which contacts it handled, how
/// many it added, when it last ran) lives here and in <see cref="AutoConversionRuleContact"/>, never
/// in the job queue, so a restart with in-memory job storage loses nothing.
/// </summary>
public sealed class AutoConversionRule : IAuditable, IVersioned
{
    public const int ErrorMaxLength = 2000;

    public int Id { get; set; }

    /// <summary>The list whose members are converted; exactly one of this and <see cref="SegmentId"/> is set.</summary>
    public int? ListId { get; set; }

    /// <summary>The segment whose matches are converted (evaluated by the recurring sweep only).</summary>
    public int? SegmentId { get; set; }

    public int PipelineId { get; set; }

    public int StageId { get; set; }

    public string Label { get; set; } = string.Empty;

    /// <summary>The deals' owner; null gives each deal its contact's responsible user.</summary>
    public string? ResponsibleUserId { get; set; }

    public decimal? Value { get; set; }

    public string? Currency { get; set; }

    /// <summary>Each deal's close-by date is the day of its conversion plus this many days; null leaves it empty.</summary>
    public int? CloseByOffsetDays { get; set; }

    /// <summary>A paused rule converts nobody; on resume it catches up with whoever joined meanwhile.</summary>
    public bool IsPaused { get; set; }

    /// <summary>How many deals the rule has created.</summary>
    public int AddedCount { get; set; }

    public DateTime? LastRunAt { get; set; }

    /// <summary>Why the last run failed, cleared by the next successful one.</summary>
    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }

    public Guid Version { get; set; }
}
