using SimpleCrm.Application.Bulk;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>Records the bulk jobs handed to the background instead of running them, so a test runs them when it wants.</summary>
public sealed class RecordingJobScheduler : IBulkJobScheduler
{
    public List<Guid> Enqueued { get; } = [];

    public void Enqueue(Guid jobId) => Enqueued.Add(jobId);
}
