using System.Diagnostics;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Downloads every contact as CSV and as XLSX and prints each download's full time (first byte to
/// last) and the process's memory around it. The server runs in this process, so the working set is
/// the server's plus the client's small read buffer.
/// </summary>
internal static class ExportBenchmark
{
    private const double TargetSeconds = 10;

    private static readonly (string Name, string Url)[] Cases =
    [
        ("export all to CSV", "/Contacts/Export?format=Csv&delimiter=semicolon"),
        ("export all to XLSX", "/Contacts/Export?format=Xlsx"),
    ];

    public static async Task RunAsync(PageClient client, int iterations, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"export",-20} {"bytes",14} {"best s",8} {"worst s",8} {"WS before MB",13} {"WS after MB",12} {"peak WS MB",11}  target ≤ {TargetSeconds} s");
        foreach (var (name, url) in Cases)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            var before = process.WorkingSet64;
            var seconds = new List<double>();
            long length = 0;
            for (var i = 0; i < iterations; i++)
            {
                var started = Stopwatch.GetTimestamp();
                length = await client.DownloadAsync(url, cancellationToken);
                seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }

            process.Refresh();
            var worst = seconds.Max();
            await output.WriteLineAsync(
                $"{name,-20} {length,14:N0} {seconds.Min(),8:0.00} {worst,8:0.00} {before / 1048576.0,13:0} {process.WorkingSet64 / 1048576.0,12:0} {process.PeakWorkingSet64 / 1048576.0,11:0}  {(worst <= TargetSeconds ? "met" : "MISSED")}");
        }
    }
}
