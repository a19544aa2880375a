using System.Globalization;

namespace SimpleCrm.Benchmarks;

/// <summary>The command line: how much data, how many samples, and what to try on the seeded database.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/SimpleCrm.Benchmarks -- [options]
          --contacts N        contacts to seed into a fresh database (default 100000)
          --leads N           leads to seed when the database holds none (default 200000)
          --open-leads N      how many of them are open, i.e. on the kanban (default 20000)
          --iterations N      measured requests per case (default 200)
          --warmup N          unmeasured requests per case first (default 20), after at least 30
                              unmeasured rounds over all cases that warm the whole app
          --search TEXT       the fragment searched for (default "kowal")
          --database PATH     use this file; an existing file that already holds contacts is not reseeded
          --keep-database     leave the database file behind (its path is printed)
          --sql STATEMENT     run on the seeded database before measuring, e.g. an index to try (repeatable)
          --log-sql           print the SQL that EF Core sends (one warm request per case)
          --export-iterations N  measured downloads of every contact as CSV and as XLSX (default 3)
          --bulk-runs N       runs of the bulk action that tags about half of the contacts (default 5)
          --mass-task-runs N  runs of the mass task creation on 10 000 open leads (default 3)
          --import-rows N     rows of each generated import file (default 100000)
          --only PART         run only this part: list (the list cases and the tag cloud), segments,
                              leads, export, masstasks, timeline, pipelines, autoconversion (a rule converting a
                              100 000-member list into deals), imports (CSV and XLSX files into databases of
                              their own, no seeding) or bulk (repeatable; default all, bulk last as it adds rows)
        """;

    public static IReadOnlyList<string> Parts { get; } = ["list", "segments", "leads", "export", "masstasks", "timeline", "pipelines", "autoconversion", "imports", "bulk"];

    public int Contacts { get; init; } = 100_000;

    public int Leads { get; init; } = 200_000;

    public int OpenLeads { get; init; } = 20_000;

    public int Iterations { get; init; } = 200;

    public int Warmup { get; init; } = 20;

    public string Search { get; init; } = "kowal";

    public string? DatabasePath { get; init; }

    public bool KeepDatabase { get; init; }

    public IReadOnlyList<string> SetupSql { get; init; } = [];

    public bool LogSql { get; init; }

    public int ExportIterations { get; init; } = 3;

    public int BulkRuns { get; init; } = 5;

    public int MassTaskRuns { get; init; } = 3;

    public int ImportRows { get; init; } = 100_000;

    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Whether this part of the benchmark runs (all do unless --only names some).</summary>
    public bool Runs(string part) => Only.Count == 0 || Only.Contains(part);

    /// <summary>Parses the arguments; null with a message when they are wrong.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new BenchmarkOptions();
        var sql = new List<string>();
        var only = new List<string>();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{args[i - 1]} needs a positive whole number.");
            try
            {
                options = args[i] switch
                {
                    "--contacts" => options with { Contacts = Number() },
                    "--leads" => options with { Leads = Number() },
                    "--open-leads" => options with { OpenLeads = Number() },
                    "--iterations" => options with { Iterations = Number() },
                    "--warmup" => options with { Warmup = Number() },
                    "--search" => options with { Search = Value() },
                    "--database" => options with { DatabasePath = Path.GetFullPath(Value()) },
                    "--keep-database" => options with { KeepDatabase = true },
                    "--sql" => AddSql(options, sql, Value()),
                    "--log-sql" => options with { LogSql = true },
                    "--export-iterations" => options with { ExportIterations = Number() },
                    "--bulk-runs" => options with { BulkRuns = Number() },
                    "--mass-task-runs" => options with { MassTaskRuns = Number() },
                    "--import-rows" => options with { ImportRows = Number() },
                    "--only" => AddPart(options, only, Value()),
                    _ => throw new ArgumentException($"Unknown option {args[i]}."),
                };
            }
            catch (ArgumentException e)
            {
                error = e.Message;
                return null;
            }
        }

        return options;
    }

    private static BenchmarkOptions AddPart(BenchmarkOptions options, List<string> only, string part)
    {
        if (!Parts.Contains(part))
        {
            throw new ArgumentException($"--only takes one of {string.Join(", ", Parts)}.");
        }

        only.Add(part);
        return options with { Only = only };
    }

    private static BenchmarkOptions AddSql(BenchmarkOptions options, List<string> sql, string statement)
    {
        sql.Add(statement);
        return options with { SetupSql = sql };
    }
}
