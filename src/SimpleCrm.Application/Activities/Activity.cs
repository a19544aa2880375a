using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Activities;

/// <summary>
/// A call, meeting or visit logged on a record (a lead, a contact), found by <see cref="RecordType"/>
/// and <see cref="RecordId"/> rather than a foreign key, so a lead's activities follow it to the
/// contact it is converted into. The author is <see cref="IAuditable.CreatedById"/>.
/// </summary>
public sealed class Activity : IAuditable
{
    public const int OutcomeMaxLength = 200;

    public const int TextMaxLength = 4000;

    /// <summary>A day: a longer "duration" is a typo, not a meeting.</summary>
    public const int MaxDurationMinutes = 1440;

    public int Id { get; set; }

    /// <summary>One of <see cref="SimpleCrm.Application.History.HistoryRecordTypes"/>.</summary>
    public string RecordType { get; set; } = string.Empty;

    public int RecordId { get; set; }

    public ActivityType Type { get; set; }

    /// <summary>When it took place (UTC).</summary>
    public DateTime At { get; set; }

    public int? DurationMinutes { get; set; }

    public string? Outcome { get; set; }

    public string? Text { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
