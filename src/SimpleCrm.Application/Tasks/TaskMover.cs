using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Tasks;

/// <summary>Re-points a record's tasks to another record in one statement (a converted lead's tasks go to its contact).</summary>
public sealed class TaskMover(CrmDbContext db, ICurrentUser user, TimeProvider clock) : IRecordAttachmentMover
{
    public Task MoveAsync(RecordRef from, RecordRef to, CancellationToken cancellationToken) =>
        RecordAttachments.MoveAsync<CrmTask>(db, from, to, TaskMessages.Arrived, clock.GetUtcNow().UtcDateTime, user.UserId, cancellationToken);
}
