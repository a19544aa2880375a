using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.Reminders;

/// <summary>
/// What a reminder can be set on: a lead, a contact or a deal (their own visibility rule decides who may) or
/// a task (the task's rule decides).
/// </summary>
public static class ReminderTargets
{
    public static RecordRef Task(int id) => new(Reminder.TaskType, id);

    /// <summary>A target named by a URL ("Task", 5); null for a type reminders cannot be set on.</summary>
    public static RecordRef? From(string? type, int id) => type == Reminder.TaskType ? Task(id) : RecordRef.From(type, id);

    public static Task<bool> IsTargetVisibleAsync(this CrmDbContext db, RecordRef target, ICurrentUser user, CancellationToken cancellationToken) =>
        target.Type == Reminder.TaskType
            ? db.Tasks.AsNoTracking().VisibleTo(db, user).AnyAsync(t => t.Id == target.Id, cancellationToken)
            : RecordVisibility.IsVisibleAsync(db, target, user, cancellationToken);
}
