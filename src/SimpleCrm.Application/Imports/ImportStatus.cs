namespace SimpleCrm.Application.Imports;

public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
    Undone,
}
