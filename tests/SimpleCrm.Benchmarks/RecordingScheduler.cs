using SimpleCrm.Application.Bulk;

namespace SimpleCrm.Benchmarks;

/// <summary>Keeps the id of the job a bulk action queued, so the benchmark runs it itself and times it.</summary>
internal sealed class RecordingScheduler : IBulkJobScheduler
{
    public Guid? JobId { get; private set; }

    public void Enqueue(Guid jobId) => JobId = jobId;
}
