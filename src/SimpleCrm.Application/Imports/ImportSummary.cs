namespace SimpleCrm.Application.Imports;

/// <summary>An import as the list and its page show it: file, status, counts and progress.</summary>
public sealed record ImportSummary(
    int Id,
    ImportEntityType EntityType,
    string FileName,
    ImportStatus Status,
    ImportDuplicatePolicy DuplicatePolicy,
    int? RowsTotal,
    int Processed,
    int Created,
    int Updated,
    int SkippedDuplicates,
    int Failed,
    string CreatedBy,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt)
{
    /// <summary>0–100; unknown totals show 0 until done.</summary>
    public int ProgressPercent => Status is ImportStatus.Completed or ImportStatus.Undone ? 100
        : RowsTotal is > 0 and var total ? Math.Min(100, Processed * 100 / total) : 0;

    public bool IsFinished => Status is not (ImportStatus.Queued or ImportStatus.Running);

    public bool HasErrors => Failed > 0;
}
