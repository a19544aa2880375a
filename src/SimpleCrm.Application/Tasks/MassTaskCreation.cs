using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Tasks;

/// <summary>
/// One identical task on every selected lead or contact the user sees, written set-based: per batch of
/// <see cref="SetBasedInsert.BatchSize"/> records one transaction holding an INSERT ... SELECT of the
/// tasks per assignee and one of the TaskCreated history lines. Thousands of records take a handful
/// of statements, never a SaveChanges per task.
/// </summary>
public sealed class MassTaskCreation(
    CrmDbContext db, ICurrentUser user, TaskCommands taskCommands, LeadBulkActions leadTargets, ContactMatching contactMatching, TimeProvider clock)
{
    /// <summary>How many leads a mass task would go to: the visible ones of the ticked ids, or all the list's filter matches.</summary>
    public async Task<int> CountLeadsAsync(LeadBulkRequest target, CancellationToken cancellationToken) =>
        (await leadTargets.SelectedIdsAsync(target, cancellationToken)).Count;

    /// <summary>How many visible contacts the query matches.</summary>
    public async Task<int> CountContactsAsync(ContactListQuery query, CancellationToken cancellationToken) =>
        await (await contactMatching.MatchingAsync(query, cancellationToken)).CountAsync(cancellationToken);

    /// <summary>A task on each ticked lead (or each lead the list's filter matches); returns how many tasks were created.</summary>
    public async Task<Result<int>> ForLeadsAsync(LeadBulkRequest target, MassTaskInput input, CancellationToken cancellationToken)
    {
        var failures = await ValidateAsync(input, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var ids = await leadTargets.SelectedIdsAsync(target, cancellationToken);
        if (ids.Count == 0)
        {
            return Result<int>.Fail(new Failure(LeadMessages.BulkNoneSelected));
        }

        return Result<int>.Ok(await CreateAsync<Lead>(ids, input, HistoryRecordTypes.Lead, LeadOwnersAsync, cancellationToken));
    }

    /// <summary>A task on each visible contact the query matches (the basket is the query with Selected); returns how many.</summary>
    public async Task<Result<int>> ForContactsAsync(ContactListQuery query, MassTaskInput input, CancellationToken cancellationToken)
    {
        var failures = await ValidateAsync(input, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var ids = await (await contactMatching.MatchingAsync(query with { Page = 1 }, cancellationToken))
            .Select(c => c.Id).OrderBy(id => id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return Result<int>.Fail(new Failure(BulkMessages.NoContacts));
        }

        return Result<int>.Ok(await CreateAsync<Contact>(ids, input, HistoryRecordTypes.Contact, ContactOwnersAsync, cancellationToken));
    }

    /// <summary>The task form's own rules, and an active assignee (a chosen user must be chosen).</summary>
    private async Task<List<Failure>> ValidateAsync(MassTaskInput input, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(input.Assignee))
        {
            return [new Failure(Messages.InvalidValue, nameof(MassTaskInput.Assignee))];
        }

        // With the responsible-user rule the fallback (the acting user) stands in for the assignee.
        var assigneeId = input.Assignee == MassTaskAssignee.Responsible ? user.UserId : input.Task.AssigneeId;
        if (string.IsNullOrWhiteSpace(assigneeId))
        {
            var failures = await taskCommands.ValidateAsync(input.Task, user.UserId, user.UserId, cancellationToken);
            failures.Add(new Failure(TaskMessages.AssigneeInactive, nameof(TaskInput.AssigneeId)));
            return failures;
        }

        return await taskCommands.ValidateAsync(input.Task, assigneeId, null, cancellationToken);
    }

    private async Task<int> CreateAsync<TRecord>(
        List<int> ids,
        MassTaskInput input,
        string recordType,
        Func<List<int>, CancellationToken, Task<Dictionary<int, string>>> owners,
        CancellationToken cancellationToken)
        where TRecord : class
    {
        var userId = user.UserId!;
        var now = clock.GetUtcNow().UtcDateTime;
        var title = input.Task.Title!.Trim();
        var values = new Dictionary<string, object?>
        {
            [nameof(CrmTask.RecordType)] = recordType,
            [nameof(CrmTask.Title)] = title,
            [nameof(CrmTask.Text)] = string.IsNullOrWhiteSpace(input.Task.Text) ? null : input.Task.Text.Trim(),
            [nameof(CrmTask.DueAt)] = TaskCalendar.At(clock).DueAt(input.Task.DueDate, input.Task.DueTime),
            [nameof(CrmTask.DueHasTime)] = input.Task.DueDate is not null && input.Task.DueTime is not null,
            [nameof(CrmTask.Priority)] = (int)input.Task.Priority,
            [nameof(CrmTask.Status)] = (int)CrmTaskStatus.Open,
            [nameof(CrmTask.CreatedAt)] = now,
            [nameof(CrmTask.CreatedById)] = userId,
            [nameof(CrmTask.UpdatedAt)] = now,
            [nameof(CrmTask.UpdatedById)] = userId,
        };

        var created = 0;
        for (var start = 0; start < ids.Count; start += SetBasedInsert.BatchSize)
        {
            var batch = ids.GetRange(start, Math.Min(SetBasedInsert.BatchSize, ids.Count - start));
            var assignees = input.Assignee == MassTaskAssignee.Responsible
                ? await owners(batch, cancellationToken)
                : batch.ToDictionary(id => id, _ => input.Task.AssigneeId!);

            await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
            foreach (var group in batch.GroupBy(id => assignees.GetValueOrDefault(id, userId)))
            {
                values[nameof(CrmTask.AssigneeId)] = group.Key;
                created += await SetBasedInsert.ForRecordsAsync<CrmTask, TRecord>(db, [.. group], nameof(CrmTask.RecordId), values, cancellationToken);
            }

            await (recordType == HistoryRecordTypes.Lead
                ? HistoryBatch.RecordForLeadsAsync(db, batch, TaskMessages.Created, title, now, userId, cancellationToken)
                : HistoryBatch.RecordAsync(db, batch, TaskMessages.Created, title, now, userId, cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        return created;
    }

    /// <summary>The batch's leads whose responsible user is active, with that user; the others are left out (they fall back).</summary>
    private Task<Dictionary<int, string>> LeadOwnersAsync(List<int> batch, CancellationToken cancellationToken) =>
        db.Leads.AsNoTracking()
            .Where(l => batch.Contains(l.Id) && l.ResponsibleUserId != null && l.ResponsibleUser!.IsActive)
            .Select(l => new { l.Id, l.ResponsibleUserId })
            .ToDictionaryAsync(l => l.Id, l => l.ResponsibleUserId!, cancellationToken);

    private Task<Dictionary<int, string>> ContactOwnersAsync(List<int> batch, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking()
            .Where(c => batch.Contains(c.Id) && c.ResponsibleUserId != null && c.ResponsibleUser!.IsActive)
            .Select(c => new { c.Id, c.ResponsibleUserId })
            .ToDictionaryAsync(c => c.Id, c => c.ResponsibleUserId!, cancellationToken);
}
