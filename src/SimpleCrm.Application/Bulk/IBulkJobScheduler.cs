namespace SimpleCrm.Application.Bulk;

/// <summary>Hands a bulk job to the background worker (Hangfire in the web app; run in place or recorded in tests).</summary>
public interface IBulkJobScheduler
{
    void Enqueue(Guid jobId);
}
