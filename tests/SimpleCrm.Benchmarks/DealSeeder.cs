using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Bulk-inserts deals of one pipeline straight into the migrated SQLite file, as <see cref="LeadSeeder"/>
/// does leads: the open ones spread over the open stages (the board's busy columns), and closed ones
/// in Won and Lost, which the board shows too and must keep cheap. One contact per deal label, so the
/// unique "one open deal per label, contact and pipeline" index holds.
/// </summary>
internal sealed class DealSeeder(string databasePath, IReadOnlyList<string> ownerIds)
{
    private static readonly string[] Columns =
    [
        "PipelineId", "StageId", "ContactId", "Label", "LabelKey", "Value", "Currency", "CloseBy", "ResponsibleUserId", "Source",
        "IsOpen", "ClosedAt", "BoardRank", "StageEnteredAt", "LastActivityAt", "CreatedAt", "CreatedById", "UpdatedAt", "UpdatedById",
        "IsDeleted", "Version",
    ];

    private static readonly string[] Labels = ["CRM licences", "Consulting", "Training", "Maintenance contract"];

    private static readonly string[] Currencies = ["PLN", "EUR", "PLN", "PLN"];

    private readonly Random _random = new(2028);

    public async Task<TimeSpan> SeedAsync(int pipelineId, IReadOnlyList<(int Id, StageKind Kind)> stages, int open, int closed, int contacts, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        var openStages = stages.Where(s => s.Kind == StageKind.Open).Select(s => s.Id).ToArray();
        var closedStages = stages.Where(s => s.Kind != StageKind.Open).Select(s => s.Id).ToArray();
        var ranks = stages.ToDictionary(s => s.Id, _ => 0L);
        var now = DateTime.UtcNow;

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var insert = new PreparedInsert(connection, transaction, "Deals", Columns);
        for (var i = 0; i < open + closed; i++)
        {
            var isOpen = i < open;
            var stageId = isOpen ? openStages[_random.Next(openStages.Length)] : closedStages[_random.Next(closedStages.Length)];
            var label = Labels[i / contacts % Labels.Length];
            var owner = ownerIds[_random.Next(ownerIds.Count)];
            var lastActivity = now.AddDays(-_random.Next(0, 60)).AddMinutes(-_random.Next(0, 1440));
            await insert.ExecuteAsync(
            [
                pipelineId, stageId, (i % contacts) + 1, label, TextFolding.Fold(label),
                _random.NextDouble() < 0.85 ? (_random.Next(5, 5000) * 100m).ToString("0.0", CultureInfo.InvariantCulture) : null,
                Currencies[_random.Next(Currencies.Length)],
                DateOnly.FromDateTime(now.AddDays(_random.Next(-30, 90))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                owner, "Manual", isOpen ? 1 : 0, isOpen ? null : lastActivity, ranks[stageId] -= 1024,
                lastActivity, lastActivity, lastActivity.AddDays(-30), owner, lastActivity, owner, 0, Guid.NewGuid().ToString().ToUpperInvariant(),
            ], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await using var finish = connection.CreateCommand();
        finish.CommandText = "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);";
        await finish.ExecuteNonQueryAsync(cancellationToken);
        return Stopwatch.GetElapsedTime(started);
    }
}
