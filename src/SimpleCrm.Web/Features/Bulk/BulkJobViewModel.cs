using SimpleCrm.Application.Bulk;

namespace SimpleCrm.Web.Features.Bulk;

/// <summary>A background bulk job's progress, as its page and the polled fragment show it.</summary>
public sealed record BulkJobViewModel(Guid Id, BulkActionKind Action, BulkJobStatus Status, int Total, int Processed, int Affected)
{
    public bool IsFinished => Status is BulkJobStatus.Succeeded or BulkJobStatus.Failed;

    public int Percent => Total == 0 ? (IsFinished ? 100 : 0) : (int)Math.Round(100.0 * Processed / Total);

    public static BulkJobViewModel From(BulkJob job) => new(job.Id, job.Action, job.Status, job.Total, job.Processed, job.Affected);
}
