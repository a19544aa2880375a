using System.Diagnostics;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The process's largest working set while a case runs, sampled every 50 ms: the process's own peak
/// (PeakWorkingSet64) only grows, so it would carry one case's peak into the next.
/// </summary>
internal sealed class WorkingSetSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public WorkingSetSampler()
    {
        _sampling = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                process.Refresh();
                _peak = Math.Max(_peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(50, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
    }

    /// <summary>Stops sampling; the peak in MB.</summary>
    public double Stop()
    {
        _stop.Cancel();
        _sampling.Wait();
        return _peak / 1024.0 / 1024.0;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
