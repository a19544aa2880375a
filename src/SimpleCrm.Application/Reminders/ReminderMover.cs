using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Reminders;

/// <summary>
/// Re-points a record's reminders to another record in one statement: a converted lead's reminders,
/// rung or not, go with it to its contact. Reminders on tasks are left alone (the task moves itself).
/// </summary>
public sealed class ReminderMover(CrmDbContext db, ICurrentUser user, TimeProvider clock) : IRecordAttachmentMover
{
    public Task MoveAsync(RecordRef from, RecordRef to, CancellationToken cancellationToken) =>
        RecordAttachments.MoveAsync<Reminder>(db, from, to, ReminderMessages.Arrived, clock.GetUtcNow().UtcDateTime, user.UserId, cancellationToken);
}
