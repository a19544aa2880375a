namespace SimpleCrm.Application.Bulk;

public enum BulkJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
