using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Notes;

/// <summary>Re-points a record's notes to another record in one statement (a converted lead's notes go to its contact).</summary>
public sealed class NoteMover(CrmDbContext db, ICurrentUser user, TimeProvider clock) : IRecordAttachmentMover
{
    public Task MoveAsync(RecordRef from, RecordRef to, CancellationToken cancellationToken) =>
        RecordAttachments.MoveAsync<Note>(db, from, to, NoteMessages.Arrived, clock.GetUtcNow().UtcDateTime, user.UserId, cancellationToken);
}
