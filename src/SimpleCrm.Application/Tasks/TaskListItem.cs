using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Tasks;

/// <summary>A task as a list row or a record card shows it; times are in the app's time zone.</summary>
public sealed record TaskListItem(
    int Id,
    string Title,
    string? Text,
    DateTime? Due,
    bool DueHasTime,
    TaskPriority Priority,
    bool IsDone,
    bool IsOverdue,
    string? AssigneeName,
    RecordRef? Record,
    string? RecordName,
    DateTime? DoneAt,
    string? DoneByName);
