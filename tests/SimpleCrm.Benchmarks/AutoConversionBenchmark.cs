using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Lists;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Converts a list of (up to) 100 000 members into deals through a new auto-conversion rule: the
/// rule is created through <see cref="AutoConversionRules"/>, then its background job,
/// <see cref="AutoConversionRun"/>, runs to completion here. Each run uses a label of its own, so
/// every run really writes a deal, a history line and a handled-contact row per member.
/// </summary>
internal static class AutoConversionBenchmark
{
    private const double TargetSeconds = 20;
    private const int Members = 100_000;
    private const string ListName = "Auto-conversion benchmark";

    public static async Task RunAsync(ServiceContext services, ICurrentUser admin, string databasePath, TextWriter output, CancellationToken cancellationToken)
    {
        var listId = await EnsureListAsync(databasePath, admin.UserId!, cancellationToken);
        int pipelineId, stageId, members;
        await using (var db = services.Create(admin))
        {
            pipelineId = await db.Pipelines.Where(p => p.ResourceKey == "Pipelines.Sales").Select(p => p.Id).SingleAsync(cancellationToken);
            stageId = await db.Stages.Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position).Select(s => s.Id).FirstAsync(cancellationToken);
            members = await db.ContactListMembers.CountAsync(m => m.ListId == listId, cancellationToken);
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"autoconversion: a rule on a list of {members:N0} members, its job run to completion (target ≤ {TargetSeconds} s)");
        var label = "Bench " + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var scheduler = new RuleScheduler();
        await using (var db = services.Create(admin))
        {
            var created = await new AutoConversionRules(db, admin, scheduler)
                .CreateAsync(pipelineId, new AutoConversionRuleInput { ListId = listId, StageId = stageId, Label = label, Value = 100m, Currency = "PLN", CloseByOffsetDays = 30 }, cancellationToken);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"The rule was refused: {string.Join(", ", created.Failures.Select(f => f.MessageKey))}");
            }
        }

        var ruleId = scheduler.RuleId ?? throw new InvalidOperationException("Creating the rule queued no run.");
        var started = Stopwatch.GetTimestamp();
        int added;
        await using (var db = services.Create(new SystemUser()))
        {
            added = await new AutoConversionRun(db, services.Clock, NullLogger<AutoConversionRun>.Instance).RunAsync(ruleId, cancellationToken);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await using (var db = services.Create(new SystemUser()))
        {
            var rule = await db.AutoConversionRules.AsNoTracking().SingleAsync(r => r.Id == ruleId, cancellationToken);
            var deals = await db.Deals.CountAsync(d => d.PipelineId == pipelineId && d.Label == label, cancellationToken);
            if (rule.AddedCount != added || deals != added)
            {
                throw new InvalidOperationException($"The rule counts {rule.AddedCount} deals, the run {added}, the table {deals}.");
            }
        }

        await output.WriteLineAsync($"{label,-18} members {members,8:N0}  deals {added,8:N0}  job {seconds,6:0.00} s  {(seconds <= TargetSeconds ? "met" : "MISSED")}");
    }

    /// <summary>A list of the first 100 000 live contacts, inserted with one statement; reused when there.</summary>
    private static async Task<int> EnsureListAsync(string databasePath, string ownerId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var find = connection.CreateCommand();
        find.CommandText = "SELECT \"Id\" FROM \"ContactLists\" WHERE \"Name\" = $name;";
        find.Parameters.AddWithValue("$name", ListName);
        if (await find.ExecuteScalarAsync(cancellationToken) is long existing)
        {
            return (int)existing;
        }

        var at = DateTime.UtcNow;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var list = connection.CreateCommand();
        list.Transaction = transaction;
        list.CommandText = """
            INSERT INTO "ContactLists" ("Name", "NameKey", "CreatedAt", "CreatedById", "UpdatedAt", "UpdatedById")
            VALUES ($name, $key, $at, $owner, $at, $owner) RETURNING "Id";
            """;
        list.Parameters.AddWithValue("$name", ListName);
        list.Parameters.AddWithValue("$key", ListInput.NameKeyOf(ListName));
        list.Parameters.AddWithValue("$at", at);
        list.Parameters.AddWithValue("$owner", ownerId);
        var listId = (int)(long)(await list.ExecuteScalarAsync(cancellationToken))!;
        await using var members = connection.CreateCommand();
        members.Transaction = transaction;
        members.CommandText = """
            INSERT INTO "ContactListMembers" ("ListId", "ContactId", "AddedAt", "AddedById")
            SELECT $list, "Id", $at, $owner FROM "Contacts" WHERE "IsDeleted" = 0 ORDER BY "Id" LIMIT $count;
            """;
        members.Parameters.AddWithValue("$list", listId);
        members.Parameters.AddWithValue("$at", at);
        members.Parameters.AddWithValue("$owner", ownerId);
        members.Parameters.AddWithValue("$count", Members);
        await members.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return listId;
    }

    /// <summary>Keeps the rule's first run instead of queueing it, so the benchmark runs it in the open.</summary>
    private sealed class RuleScheduler : IAutoConversionScheduler
    {
        public int? RuleId { get; private set; }

        public void Enqueue(int ruleId) => RuleId ??= ruleId;
    }
}
