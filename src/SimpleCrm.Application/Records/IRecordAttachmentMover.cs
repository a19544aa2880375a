namespace SimpleCrm.Application.Records;

/// <summary>
/// Moves (or carries over) what hangs off one record to another, inside the caller's transaction: a
/// lead's notes, files and custom field values follow it to the contact it is converted into. Each
/// kind of attachment registers one implementation; the conversion runs them all.
/// </summary>
public interface IRecordAttachmentMover
{
    Task MoveAsync(RecordRef from, RecordRef to, CancellationToken cancellationToken);
}
