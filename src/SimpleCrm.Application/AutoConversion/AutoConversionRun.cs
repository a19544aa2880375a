using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Segments;

namespace SimpleCrm.Application.AutoConversion;

/// <summary>
/// The job body: turns a rule's not yet handled members into deals, in batches of at most
/// <see cref="SetBasedInsert.BatchSize"/>, one transaction per batch. Each batch first claims its
/// contacts in <see cref="AutoConversionRuleContact"/> (INSERT ... SELECT ... WHERE NOT EXISTS, the
/// unique key as the last guard), then writes their deals with <see cref="DealBatchInsert"/>, then
/// records the deal ids and the count. A second run at the same time (a retry, another web
/// instance, the sweep meeting the event) finds the contacts claimed or loses on the key, and
/// writes nothing twice; a run killed half-way leaves whole batches, and the next run goes on.
/// </summary>
public sealed partial class AutoConversionRun(CrmDbContext db, TimeProvider clock, ILogger<AutoConversionRun> logger)
{
    /// <summary>Converts the rule's pending members; returns how many deals it added (0 for a paused or unknown rule).</summary>
    public Task<int> RunAsync(int ruleId, CancellationToken cancellationToken) => RunCoreAsync(ruleId, null, cancellationToken);

    /// <summary>As <see cref="RunAsync"/>, only for these contacts (those a list-membership event names).</summary>
    public Task<int> RunForContactsAsync(int ruleId, IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken) =>
        RunCoreAsync(ruleId, contactIds, cancellationToken);

    /// <summary>
    /// The recurring sweep: runs every active rule, the safety net for lost events and the only
    /// trigger of segment rules. A failing rule is recorded on the rule and does not stop the others.
    /// </summary>
    public async Task<int> RunAllAsync(CancellationToken cancellationToken)
    {
        var ruleIds = await db.AutoConversionRules.Where(r => !r.IsPaused).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var ruleId in ruleIds)
        {
            try
            {
                added += await RunAsync(ruleId, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception, ruleId);
                db.ChangeTracker.Clear();
                var error = exception.Message.Length > AutoConversionRule.ErrorMaxLength ? exception.Message[..AutoConversionRule.ErrorMaxLength] : exception.Message;
                await db.AutoConversionRules.Where(r => r.Id == ruleId)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.LastError, error), CancellationToken.None);
            }
        }

        return added;
    }

    private async Task<int> RunCoreAsync(int ruleId, IReadOnlyCollection<int>? only, CancellationToken cancellationToken)
    {
        var rule = await db.AutoConversionRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == ruleId, cancellationToken);
        if (rule is null || rule.IsPaused)
        {
            return 0;
        }

        var candidates = await CandidatesAsync(rule, cancellationToken);
        if (only is not null)
        {
            var ids = only.ToList();
            candidates = candidates.Where(id => ids.Contains(id));
        }

        var added = 0;
        var last = 0;
        var retried = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await ConvertBatchAsync(rule, candidates, last, cancellationToken);
            if (batch is null)
            {
                // Lost a race on the key: the other run has committed its claims; read again once.
                if (retried)
                {
                    throw new InvalidOperationException($"Auto-conversion rule {ruleId} lost the same batch twice.");
                }

                retried = true;
                continue;
            }

            retried = false;
            if (batch.Value.LastContactId is not { } lastContactId)
            {
                break;
            }

            added += batch.Value.Added;
            last = lastContactId;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.AutoConversionRules.Where(r => r.Id == ruleId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.LastRunAt, now).SetProperty(r => r.LastError, (string?)null), cancellationToken);
        return added;
    }

    /// <summary>
    /// One batch in one transaction. Returns the last contact considered (null: nothing left, or the
    /// rule was paused meanwhile) and the deals added; null when a concurrent run won the key.
    /// </summary>
    private async Task<(int? LastContactId, int Added)?> ConvertBatchAsync(
        AutoConversionRule rule, IQueryable<int> candidates, int after, CancellationToken cancellationToken)
    {
        var ruleId = rule.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        var runId = Guid.NewGuid();

        // On SQLite this begins IMMEDIATE: runs queue for the write lock and each reads what the previous committed.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.AutoConversionRules.AnyAsync(r => r.Id == ruleId && !r.IsPaused, cancellationToken))
        {
            return (null, 0);
        }

        var batch = await candidates.Where(id => id > after).OrderBy(id => id).Take(SetBasedInsert.BatchSize).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return (null, 0);
        }

        int claimedCount;
        try
        {
            claimedCount = await SetBasedInsert.ForContactsAsync<AutoConversionRuleContact>(db, batch, nameof(AutoConversionRuleContact.ContactId), new Dictionary<string, object?>
            {
                [nameof(AutoConversionRuleContact.RuleId)] = ruleId,
                [nameof(AutoConversionRuleContact.At)] = now,
                [nameof(AutoConversionRuleContact.RunId)] = runId,
            }, cancellationToken, nameof(AutoConversionRuleContact.RuleId));
        }
        catch (DbException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return null;
        }

        var claimed = claimedCount == batch.Count
            ? batch
            : await db.AutoConversionRuleContacts.Where(c => c.RuleId == ruleId && c.RunId == runId).Select(c => c.ContactId).ToListAsync(cancellationToken);
        var deals = await DealBatchInsert.InsertAsync(db, claimed, NewDealsOf(rule, now), rule.CreatedById, now, cancellationToken);
        if (deals.Count > 0)
        {
            // Each claimed contact's new deal, found by its natural key (pipeline, contact, label, this
            // batch's time, our source): a parameterised statement EF compiles once, not a list of ids.
            var (pipelineId, labelKey) = (rule.PipelineId, TextFolding.Fold(rule.Label.Trim()));
            await db.AutoConversionRuleContacts.Where(c => c.RuleId == ruleId && c.RunId == runId)
                .ExecuteUpdateAsync(u => u.SetProperty(
                    c => c.DealId,
                    c => db.Deals.Where(d => d.ContactId == c.ContactId && d.PipelineId == pipelineId && d.LabelKey == labelKey
                            && d.Source == DealSource.AutoConversion && d.CreatedAt == now)
                        .Select(d => (int?)d.Id).FirstOrDefault()), cancellationToken);
            await db.AutoConversionRules.Where(r => r.Id == ruleId)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.AddedCount, r => r.AddedCount + deals.Count), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (batch[^1], deals.Count);
    }

    private static NewDeals NewDealsOf(AutoConversionRule rule, DateTime now) => new(
        rule.PipelineId,
        rule.StageId,
        rule.Label,
        rule.Value,
        rule.Currency,
        rule.CloseByOffsetDays is { } days ? DateOnly.FromDateTime(now).AddDays(days) : null,
        rule.ResponsibleUserId,
        DealSource.AutoConversion);

    /// <summary>The ids of the source's live contacts the rule has not handled yet.</summary>
    private async Task<IQueryable<int>> CandidatesAsync(AutoConversionRule rule, CancellationToken cancellationToken)
    {
        var ruleId = rule.Id;
        IQueryable<int> members;
        if (rule.ListId is { } listId)
        {
            // From the list's own key (ListId, ContactId): a big contact table with a small list is not scanned.
            members = db.ContactListMembers.Where(m => m.ListId == listId && db.Contacts.Any(c => c.Id == m.ContactId)).Select(m => m.ContactId);
        }
        else
        {
            var segment = await db.Segments.AsNoTracking().Where(s => s.Id == rule.SegmentId).Select(s => new { s.Id, s.OwnerId }).SingleAsync(cancellationToken);
            var matching = new ContactMatching(db, new SegmentOwnerAsSystem(segment.OwnerId));
            members = (await matching.MatchingAsync(new ContactListQuery { SegmentId = segment.Id }, cancellationToken)).Select(c => c.Id);
        }

        return members.Where(id => !db.AutoConversionRuleContacts.Any(h => h.RuleId == ruleId && h.ContactId == id));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Auto-conversion rule {RuleId} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, int ruleId);
}
