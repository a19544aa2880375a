using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Activities;

/// <summary>Re-points a record's activities to another record in one statement (a converted lead's calls go to its contact).</summary>
public sealed class ActivityMover(CrmDbContext db, ICurrentUser user, TimeProvider clock) : IRecordAttachmentMover
{
    public Task MoveAsync(RecordRef from, RecordRef to, CancellationToken cancellationToken) =>
        RecordAttachments.MoveAsync<Activity>(db, from, to, ActivityMessages.Arrived, clock.GetUtcNow().UtcDateTime, user.UserId, cancellationToken);
}
