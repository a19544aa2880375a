using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Files;

/// <summary>Re-points a record's files to another record in one statement (a converted lead's files go to its contact); the bytes stay where they are.</summary>
public sealed class FileMover(CrmDbContext db, ICurrentUser user, TimeProvider clock) : IRecordAttachmentMover
{
    public Task MoveAsync(RecordRef from, RecordRef to, CancellationToken cancellationToken) =>
        RecordAttachments.MoveAsync<RecordFile>(db, from, to, FileMessages.Arrived, clock.GetUtcNow().UtcDateTime, user.UserId, cancellationToken);
}
