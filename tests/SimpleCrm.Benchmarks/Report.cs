using System.Globalization;

namespace SimpleCrm.Benchmarks;

/// <summary>The printed result: one line per case, the figures the issue's targets are about.</summary>
internal static class Report
{
    private static readonly (string Title, int Width)[] Columns =
    [
        ("case", 26), ("p50 ms", 8), ("p95 ms", 8), ("raw p50", 8), ("raw p95", 8), ("ratio", 7), ("target", 18), ("result", 6), ("rows", 7),
    ];

    public static void Print(TextWriter output, IReadOnlyList<CaseResult> results)
    {
        Line(output, Columns.Select(c => c.Title));
        Line(output, Columns.Select(c => new string('-', c.Width)));
        foreach (var r in results)
        {
            Line(output,
            [
                r.Case.Name,
                Ms(r.Page.P50),
                Ms(r.Page.P95),
                Ms(r.Raw.P50),
                Ms(r.Raw.P95),
                r.Ratio.ToString("0.0", CultureInfo.InvariantCulture),
                $"p95≤{r.Case.TargetP95Ms:0} ratio≤{BenchmarkCase.TargetRatio:0}",
                r.Passed ? "PASS" : "FAIL",
                r.AppTotal.ToString(CultureInfo.InvariantCulture),
            ]);
        }

        output.WriteLine();
        output.WriteLine("Where the page's time goes (medians, ms): client = request sent → body read; server = the app's whole");
        output.WriteLine("pipeline; database = EF Core's commands (execute → last row read); framework = server − database.");
        output.WriteLine($"{"case",-26}  {"client",8}  {"server",8}  {"database",8}  {"framework",9}  {"commands",8}");
        foreach (var r in results)
        {
            output.WriteLine($"{r.Case.Name,-26}  {Ms(r.Page.P50),8}  {Ms(r.Server.ServerMs),8}  {Ms(r.Server.DatabaseMs),8}  {Ms(r.Server.FrameworkMs),9}  {r.Server.Commands,8}");
        }

        output.WriteLine();
        output.WriteLine("p50/p95: the page over HTTP (request sent → whole body read), one request at a time.");
        output.WriteLine("raw: the same count + page query in ADO.NET plus a bare HTML table; ratio = page p95 / raw p95.");
        output.WriteLine($"{results.Count(r => r.Passed)} of {results.Count} cases meet their targets.");
    }

    private static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Line(TextWriter output, IEnumerable<string> cells) =>
        output.WriteLine(string.Join("  ", cells.Zip(Columns, (cell, column) => column.Title == "case" ? cell.PadRight(column.Width) : cell.PadLeft(column.Width))));
}
