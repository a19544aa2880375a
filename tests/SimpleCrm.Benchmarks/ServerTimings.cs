using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Where a request's time goes inside the server: the whole pipeline (from the first middleware on)
/// and the part spent in EF Core's database commands, read from EF Core's diagnostic events. The
/// server runs in this process, so the two are recorded right here, per request, in arrival order.
/// </summary>
internal sealed class ServerTimings : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly AsyncLocal<RequestTiming?> _current = new();
    private readonly ConcurrentQueue<RequestTiming> _done = new();

    public ServerTimings() => DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Runs one request's pipeline and records its time.</summary>
    public async Task TimeAsync(Func<Task> pipeline)
    {
        var timing = new RequestTiming();
        _current.Value = timing;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await pipeline();
        }
        finally
        {
            timing.ServerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            _done.Enqueue(timing);
        }
    }

    /// <summary>The timings recorded since the last call, oldest first.</summary>
    public IReadOnlyList<RequestTiming> Take()
    {
        var taken = new List<RequestTiming>();
        while (_done.TryDequeue(out var timing))
        {
            taken.Add(timing);
        }

        return taken;
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name || name == RelationalEventId.DataReaderDisposing.Name);
        }
    }

    // A command's time is its execution (up to the first row) plus the reading of its rows, which
    // EF Core reports when it disposes the reader.
    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (_current.Value is not { } timing)
        {
            return;
        }

        switch (value.Value)
        {
            case CommandExecutedEventData executed:
                timing.AddCommand(executed.Duration.TotalMilliseconds);
                break;
            case DataReaderDisposingEventData reading:
                timing.AddReading(reading.Duration.TotalMilliseconds);
                break;
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
