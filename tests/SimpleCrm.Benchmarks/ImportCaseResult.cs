using System.Diagnostics;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// What one import case measured, against the issue's budgets (seconds per case, 400 MB for the
/// process). The process's CPU seconds beside the wall-clock ones: on a machine shared with other
/// work the wall clock mostly measures the others; the run is one thread, so its CPU time is about
/// what the wall clock would show on an idle machine.
/// </summary>
internal sealed record ImportCaseResult(
    string Name, int Rows, double Seconds, double CpuSeconds, double BudgetSeconds, double PeakMegabytes, int Created, int Updated, int Skipped, int Failed)
{
    public const double BudgetMegabytes = 400;

    public bool Passed => Seconds <= BudgetSeconds && PeakMegabytes < BudgetMegabytes;

    public static void Print(TextWriter output, IReadOnlyList<ImportCaseResult> results)
    {
        output.WriteLine();
        output.WriteLine($"{"case",-26} {"rows",8} {"s",7} {"CPU s",7} {"rows/s",8} {"peak MB",8} {"budget",14} {"result",6}  created/updated/skipped/failed");
        foreach (var r in results)
        {
            output.WriteLine($"{r.Name,-26} {r.Rows,8} {r.Seconds,7:0.0} {r.CpuSeconds,7:0.0} {r.Rows / r.Seconds,8:0} {r.PeakMegabytes,8:0} {$"≤{r.BudgetSeconds:0} s <{BudgetMegabytes:0} MB",14} {(r.Passed ? "PASS" : "FAIL"),6}  " +
                $"{r.Created}/{r.Updated}/{r.Skipped}/{r.Failed}");
        }

        output.WriteLine($"load average now {LoadAverage()} ({Environment.ProcessorCount} cores): above the core count, s measures the machine's other work too.");
        output.WriteLine($"peak MB: the working set sampled every 50 ms during the run; the process's own peak so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB.");
        output.WriteLine($"{results.Count(r => r.Passed)} of {results.Count} import cases meet their budgets.");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
