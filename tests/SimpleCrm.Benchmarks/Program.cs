using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Seeds N contacts into a fresh SQLite file, serves the app from it on Kestrel and prints p50/p95 of
/// the contact list's heaviest states next to a raw ADO.NET baseline. A report: it exits 0 whether
/// the targets are met or not, and non-zero only when something fails.
/// </summary>
internal static class Program
{
    private const int TargetContacts = 100_000;

    public static async Task<int> Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error + Environment.NewLine + BenchmarkOptions.Usage);
            return 2;
        }

        // WebApplicationFactory finds the web project's content root through MvcTestingAppManifest.json
        // in the working directory, where test runners run; `dotnet run` starts in the repository.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var folder = Path.Combine(Path.GetTempPath(), "simplecrm-bench", Guid.NewGuid().ToString("N"));
        var databasePath = options.DatabasePath ?? Path.Combine(folder, "crm.db");
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        try
        {
            await RunAsync(options, databasePath, CancellationToken.None);
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or SqliteException or IOException)
        {
            await Console.Error.WriteLineAsync($"The benchmark failed: {e}");
            return 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (options.KeepDatabase || options.DatabasePath is not null)
            {
                Console.WriteLine($"Database kept at {databasePath}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task RunAsync(BenchmarkOptions options, string databasePath, CancellationToken cancellationToken)
    {
        PrintEnvironment(options);

        // The import cases make databases of their own next to the main one: the seeding is not theirs to wait for.
        if (options.Runs("imports"))
        {
            var imports = Path.Combine(Path.GetDirectoryName(databasePath)!, "imports-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(imports);
            try
            {
                await ImportBenchmark.RunAsync(imports, options.ImportRows, Console.Out, cancellationToken);
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(imports, recursive: true);
            }

            if (options.Only is ["imports"])
            {
                return;
            }
        }

        using var factory = new BenchmarkWebFactory(databasePath, options.LogSql);

        // Starting the server migrates the new file and seeds the admin, exactly as a first run does.
        var address = factory.ServerAddress;
        Console.WriteLine($"Serving {databasePath} at {address}");
        var existing = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().CountAsync(cancellationToken));
        if (existing == 0)
        {
            var owners = new List<string>
            {
                await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync(cancellationToken)),
                await factory.CreateUserAsync("rep1@bench.local", Roles.SalesRep, "Jonas Kazlauskas"),
                await factory.CreateUserAsync("rep2@bench.local", Roles.SalesRep, "Zuzana Horváthová"),
                await factory.CreateUserAsync("rep3@bench.local", Roles.SalesRep, "Ольга Смирнова"),
            };
            await factory.CreateUserAsync("manager@bench.local", Roles.Manager, "Małgorzata Wiśniewska");
            var seeder = new ContactSeeder(databasePath, factory.Services.GetRequiredService<PhoneNormalizer>(), owners);
            var took = await seeder.SeedAsync(options.Contacts, cancellationToken);
            Console.WriteLine($"Seeded {options.Contacts:N0} contacts in {took.TotalSeconds:0.0} s");
            var tagging = Stopwatch.GetTimestamp();
            var (tags, tagRows) = await new TagSeeder(databasePath).SeedAsync(options.Contacts, cancellationToken);
            Console.WriteLine($"Seeded {tags} tags on {tagRows:N0} contact-tag rows in {Stopwatch.GetElapsedTime(tagging).TotalSeconds:0.0} s");
        }
        else
        {
            Console.WriteLine($"Reusing {existing:N0} contacts already in the database");
        }

        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync(cancellationToken));
        var listIds = await ListSeeder.EnsureAsync(databasePath, adminId, cancellationToken);
        var rep = await SalesRepSetup.EnsureAsync(factory, databasePath, cancellationToken);
        await RunSetupSqlAsync(databasePath, options.SetupSql, cancellationToken);
        using var client = await PageClient.SignInAsync(address, CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        if (options.Runs("list"))
        {
            await RunListCasesAsync(factory, client, address, rep, databasePath, existing, options, cancellationToken);
        }

        var services = new ServiceContext(databasePath, options.LogSql);
        StoredCurrentUser admin, repUser;
        await using (var db = services.Create(new SystemUser()))
        {
            admin = await StoredCurrentUser.LoadAsync(db, adminId, cancellationToken) ?? throw new InvalidOperationException("The admin is not active.");
            repUser = await StoredCurrentUser.LoadAsync(db, rep.UserId, cancellationToken) ?? throw new InvalidOperationException("The sales rep is not active.");
        }

        if (options.Runs("segments"))
        {
            await SegmentCountBenchmark.RunAsync(services, admin, repUser, SegmentCase.All(listIds), options, Console.Out, cancellationToken);
        }

        if (options.Runs("leads"))
        {
            await RunLeadCasesAsync(factory, client, address, databasePath, options, cancellationToken);
        }

        if (options.Runs("export"))
        {
            await ExportBenchmark.RunAsync(client, options.ExportIterations, Console.Out, cancellationToken);
        }

        if (options.Runs("masstasks"))
        {
            await EnsureLeadsAsync(factory, databasePath, options, cancellationToken);
            await MassTaskBenchmark.RunAsync(services, admin, options.MassTaskRuns, Console.Out, cancellationToken);
        }

        if (options.Runs("timeline"))
        {
            await TimelineBenchmark.RunAsync(services, admin, repUser, options, Console.Out, cancellationToken);
        }

        if (options.Runs("pipelines"))
        {
            using var repClient = await PageClient.SignInAsync(address, SalesRepSetup.Email, CrmWebFactory.Password);
            await PipelineBenchmark.RunAsync(factory, client, repClient, databasePath, options, Console.Out, cancellationToken);
        }

        if (options.Runs("autoconversion"))
        {
            await AutoConversionBenchmark.RunAsync(services, admin, databasePath, Console.Out, cancellationToken);
        }

        // Last: every run adds a tag row and a history line to half of the contacts.
        if (options.Runs("bulk"))
        {
            await BulkTagBenchmark.RunAsync(services, admin, options.BulkRuns, Console.Out, cancellationToken);
        }

        var contacts = existing == 0 ? options.Contacts : existing;
        if (contacts != TargetContacts)
        {
            Console.WriteLine($"The targets are the issue's for {TargetContacts:N0} contacts; this database holds {contacts:N0}.");
        }

        Console.WriteLine($"Load average at the end: {LoadAverage()}");
    }

    /// <summary>Seeds the leads when the database holds none, then times the lead list, kanban and duplicate check.</summary>
    private static async Task RunLeadCasesAsync(
        BenchmarkWebFactory factory, PageClient client, Uri address, string databasePath, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        await EnsureLeadsAsync(factory, databasePath, options, cancellationToken);
        var inProgress = await factory.WithDbAsync(db => db.LeadStatuses.Where(s => s.ResourceKey == "LeadStatuses.InProgress").Select(s => s.Id).SingleAsync(cancellationToken));
        var responsible = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "rep2@bench.local").Select(u => u.Id).SingleAsync(cancellationToken));
        using var repClient = await PageClient.SignInAsync(address, SalesRepSetup.Email, CrmWebFactory.Password);
        await LeadBenchmark.RunAsync(client, repClient, databasePath, new LeadBenchmarkIds(inProgress, responsible), options, Console.Out, cancellationToken);
    }

    /// <summary>Seeds the leads (over four owners) when the database holds none.</summary>
    private static async Task EnsureLeadsAsync(BenchmarkWebFactory factory, string databasePath, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var existing = await factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().CountAsync(cancellationToken));
        string[] ownerEmails = [CrmWebFactory.AdminEmail, "rep1@bench.local", "rep2@bench.local", "rep3@bench.local"];
        var owners = await factory.WithDbAsync(db => db.Users.Where(u => ownerEmails.Contains(u.Email)).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(cancellationToken));
        if (existing == 0)
        {
            var contacts = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().CountAsync(cancellationToken));
            var seeder = new LeadSeeder(databasePath, factory.Services.GetRequiredService<PhoneNormalizer>(), owners);
            var took = await seeder.SeedAsync(options.Leads, Math.Min(options.OpenLeads, options.Leads), contacts, cancellationToken);
            Console.WriteLine($"Seeded {options.Leads:N0} leads ({Math.Min(options.OpenLeads, options.Leads):N0} open) in {took.TotalSeconds:0.0} s");
            SqliteConnection.ClearAllPools();
        }
        else
        {
            Console.WriteLine($"Reusing {existing:N0} leads already in the database");
        }
    }

    /// <summary>The contact list's states and the tag cloud over HTTP, each next to its raw baseline.</summary>
    private static async Task RunListCasesAsync(
        BenchmarkWebFactory factory, PageClient client, Uri address, SalesRepView rep, string databasePath, int existing, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var repClient = await PageClient.SignInAsync(address, SalesRepSetup.Email, CrmWebFactory.Password);

        // The edit form loads a whole entity (GUID version, dates, emails, phones): it fails if a
        // seeded value is stored in a form EF Core cannot read back. Contact 1 is a company, 2 a person.
        for (var id = 1; id <= Math.Min(2, Math.Max(existing, options.Contacts)); id++)
        {
            await client.GetAsync($"/Contacts/{id}/Edit", cancellationToken);
        }

        // Warm the whole app before any case is measured: the JIT recompiles hot code (tiered
        // compilation) only after enough calls, and the first case would otherwise pay for it.
        var cases = BenchmarkCase.All(options.Search);
        for (var round = 0; round < Math.Max(options.Warmup, 30); round++)
        {
            foreach (var benchmarkCase in cases)
            {
                await (benchmarkCase.AsSalesRep ? repClient : client).GetAsync(benchmarkCase.Url, cancellationToken);
            }
        }

        var results = new List<CaseResult>();
        foreach (var benchmarkCase in cases)
        {
            var (caseClient, view) = benchmarkCase.AsSalesRep ? (repClient, rep) : (client, null);
            results.Add(await MeasureAsync(caseClient, view, factory.Timings, databasePath, benchmarkCase, options, cancellationToken));
        }

        Console.WriteLine();
        Report.Print(Console.Out, results);
    }

    private static async Task<CaseResult> MeasureAsync(
        PageClient client, SalesRepView? rep, ServerTimings timings, string databasePath, BenchmarkCase benchmarkCase, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (options.LogSql)
        {
            Console.WriteLine($"--- SQL of {benchmarkCase.Url}");
            await client.GetAsync(benchmarkCase.Url, cancellationToken);
        }

        if (benchmarkCase.FragmentPath == BenchmarkCase.TagCloudPath)
        {
            return await MeasureCloudAsync(client, timings, databasePath, benchmarkCase, options, cancellationToken);
        }

        var firstPage = await client.GetAsync(benchmarkCase.Url, cancellationToken);
        var appTotal = PageClient.TotalOf(firstPage);
        using var raw = new RawBaseline(databasePath, benchmarkCase.Query, rep);
        timings.Take();
        var (page, rawLatency) = await LatencyRecorder.MeasureAsync(
            ct => client.GetAsync(benchmarkCase.Url, ct), raw.RunAsync, options.Warmup, options.Iterations, cancellationToken);
        if (raw.Total != appTotal || !raw.Ids.SequenceEqual(PageClient.IdsOf(firstPage)))
        {
            throw new InvalidOperationException(
                $"{benchmarkCase.Name}: the app lists {appTotal} contacts ({string.Join(',', PageClient.IdsOf(firstPage))}), " +
                $"the raw query {raw.Total} ({string.Join(',', raw.Ids)}); they do not measure the same thing.");
        }

        Console.WriteLine($"{benchmarkCase.Name,-26} {benchmarkCase.Url,-40} p95 {page.P95,8:0.00} ms   raw p95 {rawLatency.P95,7:0.00} ms");

        // Requests run one at a time, so the last ones recorded are the measured ones (after the warm-up).
        var measured = timings.Take().TakeLast(options.Iterations).ToList();
        return new CaseResult(benchmarkCase, page, rawLatency, ServerBreakdown.From(measured), appTotal, raw.Total);
    }

    private static async Task<CaseResult> MeasureCloudAsync(
        PageClient client, ServerTimings timings, string databasePath, BenchmarkCase benchmarkCase, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var appTags = PageClient.TagsOf(await client.GetAsync(benchmarkCase.Url, cancellationToken));
        using var raw = new CloudBaseline(databasePath);
        timings.Take();
        var (page, rawLatency) = await LatencyRecorder.MeasureAsync(
            ct => client.GetAsync(benchmarkCase.Url, ct), raw.RunAsync, options.Warmup, options.Iterations, cancellationToken);
        if (raw.Total != appTags)
        {
            throw new InvalidOperationException($"{benchmarkCase.Name}: the app shows {appTags} tags, the raw query {raw.Total}; they do not measure the same thing.");
        }

        Console.WriteLine($"{benchmarkCase.Name,-26} {benchmarkCase.Url,-40} p95 {page.P95,8:0.00} ms   raw p95 {rawLatency.P95,7:0.00} ms");
        var measured = timings.Take().TakeLast(options.Iterations).ToList();
        return new CaseResult(benchmarkCase, page, rawLatency, ServerBreakdown.From(measured), appTags, raw.Total);
    }

    /// <summary>Runs the --sql statements (an index to try, ANALYZE) and prints how long each took.</summary>
    private static async Task RunSetupSqlAsync(string databasePath, IReadOnlyList<string> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return;
        }

        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in statements)
        {
            var started = Stopwatch.GetTimestamp();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Console.WriteLine($"Ran in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms: {sql}");
        }

        // The server's pooled connections keep prepared statements of the old schema; start them afresh.
        SqliteConnection.ClearAllPools();
    }

    private static void PrintEnvironment(BenchmarkOptions options)
    {
        var web = typeof(SimpleCrm.Web.Startup.DatabaseSetup).Assembly;
        var optimized = web.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        Console.WriteLine($"SimpleCrm benchmark  {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}");
        Console.WriteLine($"  {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
            $"web assembly {(optimized ? "optimized (Release)" : "NOT optimized (Debug)")}, load average {LoadAverage()}");
        Console.WriteLine($"  {options.Contacts:N0} contacts, {options.Warmup} warm-up + {options.Iterations} measured requests per case, search \"{options.Search}\"");
    }

    // Other work on a shared machine shows in the p95 first: the report says how busy it was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
