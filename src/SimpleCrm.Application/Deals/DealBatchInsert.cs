using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// Writes one deal per contact of a batch with one INSERT ... SELECT, and one "DealCreated" line per
/// deal with another: how "Add clients" and auto-conversion rules add thousands of deals without a
/// SaveChanges per deal. A contact that is deleted, or that already holds an open deal with the label
/// in the pipeline, is skipped in the statement itself, so the open-label index is never broken by a
/// batch. The stage's task templates fire for the new deals, set-based too. The caller owns the
/// transaction and checks who may do it; this only writes.
/// </summary>
public static class DealBatchInsert
{
    /// <summary>History action: the deal was created (details: its source).</summary>
    public const string DealCreated = "DealCreated";

    /// <summary>
    /// Adds the deals for <paramref name="contactIds"/> (at most <see cref="SetBasedInsert.BatchSize"/>)
    /// on top of the stage's column and returns the new deals' ids. Contacts skipped are those not
    /// among the returned deals' contacts. <paramref name="zone"/> is the app's time zone, for the due
    /// dates of the tasks the stage's templates make (the server's when not given, as TimeProvider.System has it).
    /// </summary>
    public static async Task<IReadOnlyList<int>> InsertAsync(
        CrmDbContext db, IReadOnlyCollection<int> contactIds, NewDeals deals, string? userId, DateTime at, CancellationToken cancellationToken,
        TimeZoneInfo? zone = null)
    {
        if (contactIds.Count == 0)
        {
            return [];
        }

        if (contactIds.Count > SetBasedInsert.BatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(contactIds), contactIds.Count, $"At most {SetBasedInsert.BatchSize} contacts per statement.");
        }

        var stage = await db.Stages.AsNoTracking().Where(s => s.Id == deals.StageId && s.PipelineId == deals.PipelineId)
            .Select(s => new { s.Kind }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Stage {deals.StageId} is not in pipeline {deals.PipelineId}.");
        var isOpen = stage.Kind == StageKind.Open;
        var label = deals.Label.Trim();
        var labelKey = TextFolding.Fold(label);

        // New cards go on top of the column, above each other by contact id.
        var top = await DealStageChange.TopRankAsync(db, deals.StageId, cancellationToken) + 1;
        var maxContactId = contactIds.Max();

        var names = new Names(db);
        var ids = string.Join(',', contactIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        string D(string property) => names.Deal(property);
        string C(string property) => names.Contact(property);

        // {0} pipeline, {1} stage, {2} label, {3} label key, {4} value, {5} currency, {6} close-by, {7} owner,
        // {8} source, {9} open, {10} closed at, {11} rank base, {12} now, {13} user, {14} false, {15} version.
        var insert =
            $"INSERT INTO {names.Deals} ({D(nameof(Deal.PipelineId))}, {D(nameof(Deal.StageId))}, {D(nameof(Deal.ContactId))}, {D(nameof(Deal.Label))}, " +
            $"{D(nameof(Deal.LabelKey))}, {D(nameof(Deal.Value))}, {D(nameof(Deal.Currency))}, {D(nameof(Deal.CloseBy))}, {D(nameof(Deal.ResponsibleUserId))}, " +
            $"{D(nameof(Deal.Source))}, {D(nameof(Deal.IsOpen))}, {D(nameof(Deal.ClosedAt))}, {D(nameof(Deal.BoardRank))}, {D(nameof(Deal.StageEnteredAt))}, " +
            $"{D(nameof(Deal.LastActivityAt))}, {D(nameof(Deal.CreatedAt))}, {D(nameof(Deal.CreatedById))}, {D(nameof(Deal.UpdatedAt))}, {D(nameof(Deal.UpdatedById))}, " +
            $"{D(nameof(Deal.IsDeleted))}, {D(nameof(Deal.Version))}) " +
            $"SELECT {{0}}, {{1}}, c.{C("Id")}, {{2}}, {{3}}, {{4}}, {{5}}, {{6}}, COALESCE({{7}}, c.{C(nameof(Contact.ResponsibleUserId))}), " +
            $"{{8}}, {{9}}, {{10}}, {{11}} + c.{C("Id")}, {{12}}, {{12}}, {{12}}, {{13}}, {{12}}, {{13}}, {{14}}, {{15}} " +
            $"FROM {names.Contacts} c WHERE c.{C("Id")} IN ({ids}) AND c.{C(nameof(Contact.IsDeleted))} = {{14}} " +
            $"AND NOT EXISTS (SELECT 1 FROM {names.Deals} x WHERE x.{D(nameof(Deal.PipelineId))} = {{0}} AND x.{D(nameof(Deal.ContactId))} = c.{C("Id")} " +
            $"AND x.{D(nameof(Deal.LabelKey))} = {{3}} AND x.{D(nameof(Deal.IsOpen))} = {{16}} AND x.{D(nameof(Deal.IsDeleted))} = {{14}})";
        // The batch's deals share one first version: it finds exactly them below, and their first save gives each its own.
        var batchVersion = Guid.NewGuid();
        object?[] values =
        [
            deals.PipelineId, deals.StageId, label, labelKey, deals.Value, deals.Currency, deals.CloseBy, deals.ResponsibleUserId,
            deals.Source.ToString(), isOpen, isOpen ? null : at, top - 1 - maxContactId, at, userId, false, batchVersion, true,
        ];
        var inserted = await db.Database.ExecuteSqlRawAsync(insert, values!, cancellationToken);
        if (inserted == 0)
        {
            return [];
        }

        var created = await db.Deals.AsNoTracking()
            .Where(d => d.StageId == deals.StageId && d.Version == batchVersion && contactIds.Contains(d.ContactId))
            .Select(d => d.Id).ToListAsync(cancellationToken);
        await HistoryBatch.RecordForDealsAsync(db, created, DealCreated, deals.Source.ToString(), at, userId, cancellationToken);
        await TaskAutomationBatch.FireForDealsAsync(db, created, deals.StageId, userId, new FrozenClock(at, zone ?? TimeZoneInfo.Local), cancellationToken);
        return created;
    }

    /// <summary>The batch's moment as a clock: its tasks are due counted from when the deals were made.</summary>
    private sealed class FrozenClock(DateTime at, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

        public override TimeZoneInfo LocalTimeZone => zone;
    }

    /// <summary>The quoted table and column names the statement uses, read from the model.</summary>
    private sealed class Names(CrmDbContext db)
    {
        public string Deals { get; } = SetBasedInsert.TableOf<Deal>(db);

        public string Contacts { get; } = SetBasedInsert.TableOf<Contact>(db);

        public string Deal(string property) => SetBasedInsert.ColumnOf<Deal>(db, property);

        public string Contact(string property) => SetBasedInsert.ColumnOf<Contact>(db, property);
    }
}
