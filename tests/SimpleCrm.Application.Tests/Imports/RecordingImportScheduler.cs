using SimpleCrm.Application.Imports;

namespace SimpleCrm.Application.Tests.Imports;

/// <summary>Records the imports handed to the background, so a test runs them when it wants.</summary>
public sealed class RecordingImportScheduler : IImportScheduler
{
    public List<int> Enqueued { get; } = [];

    public void Enqueue(int importId) => Enqueued.Add(importId);
}
