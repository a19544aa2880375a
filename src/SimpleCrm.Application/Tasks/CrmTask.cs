using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Tasks;

/// <summary>
/// A task (a to-do with a due time, an assignee and the record it belongs to, or none). Named
/// <c>CrmTask</c> because <c>Task</c> is taken by System.Threading.Tasks in every async file. Found
/// by <see cref="RecordType"/> and <see cref="RecordId"/> rather than a foreign key, so a lead's
/// tasks can follow it to the contact it is converted into.
/// </summary>
public sealed class CrmTask : IAuditable
{
    public const int TitleMaxLength = 200;

    public const int TextMaxLength = 4000;

    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Text { get; set; }

    /// <summary>
    /// When it is due, in UTC. A due date without a time is stored as the last second of that day in
    /// the app's time zone (<see cref="TaskCalendar"/>), so it becomes overdue at midnight.
    /// </summary>
    public DateTime? DueAt { get; set; }

    /// <summary>Whether the user gave a time of day (shown) or only a date.</summary>
    public bool DueHasTime { get; set; }

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    public string AssigneeId { get; set; } = string.Empty;

    public CrmTaskStatus Status { get; set; }

    public DateTime? DoneAt { get; set; }

    public string? DoneById { get; set; }

    /// <summary>One of <see cref="SimpleCrm.Application.History.HistoryRecordTypes"/>, or null for a task on no record.</summary>
    public string? RecordType { get; set; }

    public int? RecordId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
