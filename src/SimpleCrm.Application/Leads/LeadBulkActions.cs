using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// Mass actions on leads: change status, assign a responsible user, soft delete. Only leads the user
/// sees are touched (ids of anyone else's leads are dropped silently), in batches of at most
/// <see cref="SetBasedInsert.BatchSize"/> ids, each batch one transaction: a history line per lead
/// that changes, then one UPDATE that also renews the version so open forms and cards notice.
/// </summary>
public sealed class LeadBulkActions(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<LeadBulkOutcome>> ApplyAsync(LeadBulkRequest request, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(request, cancellationToken);
        if (!target.Succeeded)
        {
            return Result<LeadBulkOutcome>.Fail(target.Failures);
        }

        var ids = await SelectedIdsAsync(request, cancellationToken);
        if (ids.Count == 0)
        {
            return Result<LeadBulkOutcome>.Fail(new Failure(LeadMessages.BulkNoneSelected));
        }

        var (name, resourceKey) = target.Value!;
        var changed = 0;
        for (var start = 0; start < ids.Count; start += SetBasedInsert.BatchSize)
        {
            var batch = ids.GetRange(start, Math.Min(SetBasedInsert.BatchSize, ids.Count - start));
            changed += request.Action switch
            {
                LeadBulkAction.ChangeStatus => await ChangeStatusAsync(batch, request.StatusId!.Value, name!, cancellationToken),
                LeadBulkAction.AssignResponsible => await AssignAsync(batch, request.ResponsibleUserId!, name!, cancellationToken),
                _ => await DeleteAsync(batch, cancellationToken),
            };
        }

        return Result<LeadBulkOutcome>.Ok(new LeadBulkOutcome(request.Action, changed, name, resourceKey));
    }

    /// <summary>
    /// The status or user the action sets, checked before anything is read: a Converted status is the
    /// conversion (one lead at a time, with its questions), and only an active user takes leads.
    /// </summary>
    private async Task<Result<(string? Name, string? ResourceKey)>> TargetAsync(LeadBulkRequest request, CancellationToken cancellationToken)
    {
        switch (request.Action)
        {
            case LeadBulkAction.ChangeStatus:
                var status = await db.LeadStatuses.AsNoTracking().Where(s => s.Id == request.StatusId)
                    .Select(s => new { s.Name, s.ResourceKey, s.Meaning }).SingleOrDefaultAsync(cancellationToken);
                return status is null ? Result<(string?, string?)>.Fail(new Failure(LeadMessages.StatusUnknown))
                    : status.Meaning == LeadStatusMeaning.Converted ? Result<(string?, string?)>.Fail(new Failure(LeadMessages.BulkConvertInstead))
                    : Result<(string?, string?)>.Ok((status.Name, status.ResourceKey));
            case LeadBulkAction.AssignResponsible:
                var userName = await db.Users.AsNoTracking().Where(u => u.Id == request.ResponsibleUserId && u.IsActive)
                    .Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
                return userName is null ? Result<(string?, string?)>.Fail(new Failure(LeadMessages.ResponsibleUnknown))
                    : Result<(string?, string?)>.Ok((userName, null));
            case LeadBulkAction.Delete:
                return Result<(string?, string?)>.Ok((null, null));
            default:
                return Result<(string?, string?)>.Fail(new Failure(Messages.InvalidValue));
        }
    }

    /// <summary>The visible leads the action is for, in id order: the list's whole filter, or the ticked ids the user may see.</summary>
    internal async Task<List<int>> SelectedIdsAsync(LeadBulkRequest request, CancellationToken cancellationToken)
    {
        if (request.AllMatching)
        {
            var vocabulary = await LeadListVocabulary.LoadAsync(db, cancellationToken);
            return await LeadListFilter.Matching(db, user, vocabulary.Clean(request.Query)).AsNoTracking()
                .Select(l => l.Id).OrderBy(id => id).ToListAsync(cancellationToken);
        }

        var visible = new List<int>();
        foreach (var chunk in request.Ids.Distinct().Order().Chunk(SetBasedInsert.BatchSize))
        {
            visible.AddRange(await db.Leads.AsNoTracking().VisibleTo(user).Where(l => chunk.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken));
        }

        return [.. visible.Order()];
    }

    /// <summary>
    /// Moves the batch's leads that are not in the status yet. A history line per lead says from
    /// where (one statement per former status); the cards go on top of the new column as a single
    /// move puts them, the newest uppermost, each on a rank of its own. The status's task templates
    /// fire for every lead that enters it, in the same transaction.
    /// </summary>
    private async Task<int> ChangeStatusAsync(List<int> batch, int statusId, string statusName, CancellationToken cancellationToken)
    {
        var changing = await db.Leads.Where(l => batch.Contains(l.Id) && l.StatusId != statusId)
            .Select(l => new { l.Id, From = l.Status!.Name }).ToListAsync(cancellationToken);
        if (changing.Count == 0)
        {
            return 0;
        }

        var ids = changing.Select(c => c.Id).ToList();
        var now = Now;
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        foreach (var from in changing.GroupBy(c => c.From))
        {
            await HistoryBatch.RecordForLeadsAsync(db, [.. from.Select(c => c.Id)], LeadCommands.StatusChanged, $"{from.Key} → {statusName}", now, user.UserId, cancellationToken);
        }

        // The status's task templates, set-based, before the UPDATE renews the versions their firings are keyed by.
        await TaskAutomationBatch.FireForLeadsAsync(db, ids, statusId, user.UserId, clock, cancellationToken);
        var top = await db.Leads.IgnoreQueryFilters().Where(l => l.StatusId == statusId).MinAsync(l => (long?)l.KanbanRank, cancellationToken);
        var lowestId = ids.Min();
        var rankOfLowestId = (top is { } rank ? rank - LeadCommands.RankStep : 0) + lowestId;
        var updated = await UpdateAsync(ids, s => s
            .SetProperty(l => l.StatusId, statusId)
            .SetProperty(l => l.KanbanRank, l => rankOfLowestId - l.Id), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }

    private async Task<int> AssignAsync(List<int> batch, string userId, string userName, CancellationToken cancellationToken)
    {
        var ids = await db.Leads.Where(l => batch.Contains(l.Id) && (l.ResponsibleUserId == null || l.ResponsibleUserId != userId))
            .Select(l => l.Id).ToListAsync(cancellationToken);
        return await RecordAndUpdateAsync(ids, BulkBatch.ResponsibleSet, userName, s => s.SetProperty(l => l.ResponsibleUserId, userId), cancellationToken);
    }

    private async Task<int> DeleteAsync(List<int> batch, CancellationToken cancellationToken)
    {
        var now = Now;
        var userId = user.UserId;
        var ids = await db.Leads.Where(l => batch.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        return await RecordAndUpdateAsync(ids, BulkBatch.Deleted, null, s => s
            .SetProperty(l => l.IsDeleted, true)
            .SetProperty(l => l.DeletedAt, now)
            .SetProperty(l => l.DeletedById, userId), cancellationToken);
    }

    private async Task<int> RecordAndUpdateAsync(
        List<int> ids, string action, string? details, Action<UpdateSettersBuilder<Lead>> setters, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var now = Now;
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        await HistoryBatch.RecordForLeadsAsync(db, ids, action, details, now, user.UserId, cancellationToken);
        var updated = await UpdateAsync(ids, setters, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }

    /// <summary>One UPDATE of the batch that also stamps the audit columns and a new version (open forms and cards then see a conflict).</summary>
    private Task<int> UpdateAsync(List<int> ids, Action<UpdateSettersBuilder<Lead>> setters, DateTime now, CancellationToken cancellationToken)
    {
        var userId = user.UserId;
        var version = Guid.NewGuid();
        return db.Leads.Where(l => ids.Contains(l.Id)).ExecuteUpdateAsync(s =>
        {
            setters(s);
            s.SetProperty(l => l.UpdatedAt, now).SetProperty(l => l.UpdatedById, userId).SetProperty(l => l.Version, version);
        }, cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
