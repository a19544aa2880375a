using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Tasks;

/// <summary>
/// Creates, edits, completes and reopens tasks the user may see. A task on a record writes its
/// creation, completion and reopening into the record's history (its timeline).
/// </summary>
public sealed class TaskCommands(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Creates a task on <paramref name="record"/> (which the user must see) or on no record.</summary>
    public async Task<Result<int>> CreateAsync(RecordRef? record, TaskInput input, CancellationToken cancellationToken)
    {
        if (record is { } target && !await db.IsVisibleAsync(target, user, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var assigneeId = string.IsNullOrWhiteSpace(input.AssigneeId) ? user.UserId : input.AssigneeId;
        var failures = await ValidateAsync(input, assigneeId, null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var task = new CrmTask { RecordType = record?.Type, RecordId = record?.Id, AssigneeId = assigneeId! };
        Apply(task, input);
        db.Tasks.Add(task);
        Record(task, TaskMessages.Created);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(task.Id);
    }

    public async Task<Result> UpdateAsync(int id, TaskInput input, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.VisibleTo(db, user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return Result.NotFound();
        }

        var assigneeId = string.IsNullOrWhiteSpace(input.AssigneeId) ? task.AssigneeId : input.AssigneeId;
        var failures = await ValidateAsync(input, assigneeId, task.AssigneeId, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        task.AssigneeId = assigneeId!;
        Apply(task, input);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Marks the task done by the user, now; done already: nothing changes.</summary>
    public Task<Result> CompleteAsync(int id, CancellationToken cancellationToken) =>
        SetStatusAsync(id, CrmTaskStatus.Done, TaskMessages.Done, cancellationToken);

    /// <summary>Opens a done task again; open already: nothing changes.</summary>
    public Task<Result> ReopenAsync(int id, CancellationToken cancellationToken) =>
        SetStatusAsync(id, CrmTaskStatus.Open, TaskMessages.Reopened, cancellationToken);

    private async Task<Result> SetStatusAsync(int id, CrmTaskStatus status, string action, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.VisibleTo(db, user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return Result.NotFound();
        }

        if (task.Status == status)
        {
            return Result.Success;
        }

        task.Status = status;
        task.DoneAt = status == CrmTaskStatus.Done ? clock.GetUtcNow().UtcDateTime : null;
        task.DoneById = status == CrmTaskStatus.Done ? user.UserId : null;
        Record(task, action);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    internal async Task<List<Failure>> ValidateAsync(TaskInput input, string? assigneeId, string? currentAssigneeId, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, input.Title, nameof(TaskInput.Title));
        FieldRules.MaxLength(failures, input.Title, CrmTask.TitleMaxLength, nameof(TaskInput.Title));
        FieldRules.MaxLength(failures, input.Text, CrmTask.TextMaxLength, nameof(TaskInput.Text));
        if (input.DueTime is not null && input.DueDate is null)
        {
            failures.Add(new Failure(TaskMessages.TimeWithoutDate, nameof(TaskInput.DueDate)));
        }

        if (!Enum.IsDefined(input.Priority))
        {
            failures.Add(new Failure(TaskMessages.PriorityInvalid, nameof(TaskInput.Priority)));
        }

        // A task keeps its assignee after they leave; a new one goes to an active user only.
        if (assigneeId != currentAssigneeId
            && (assigneeId is null || !await db.Users.AnyAsync(u => u.Id == assigneeId && u.IsActive, cancellationToken)))
        {
            failures.Add(new Failure(TaskMessages.AssigneeInactive, nameof(TaskInput.AssigneeId)));
        }

        return failures;
    }

    private void Apply(CrmTask task, TaskInput input)
    {
        task.Title = input.Title!.Trim();
        task.Text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        task.DueAt = TaskCalendar.At(clock).DueAt(input.DueDate, input.DueTime);
        task.DueHasTime = input.DueDate is not null && input.DueTime is not null;
        task.Priority = input.Priority;
    }

    private void Record(CrmTask task, string action)
    {
        if (task.RecordType is not null && task.RecordId is { } recordId)
        {
            db.History.Add(HistoryEntry.For(new RecordRef(task.RecordType, recordId), action, task.Title, clock.GetUtcNow().UtcDateTime, user.UserId));
        }
    }
}
