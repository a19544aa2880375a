using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Tests.Leads.Conversion;

/// <summary>An attachment mover that records each call and whether it ran inside a transaction; it can be told to fail.</summary>
internal sealed class RecordingMover(CrmDbContext db, bool fails = false) : IRecordAttachmentMover
{
    public List<(RecordRef From, RecordRef To, bool InTransaction)> Calls { get; } = [];

    public Task MoveAsync(RecordRef from, RecordRef to, CancellationToken cancellationToken)
    {
        Calls.Add((from, to, db.Database.CurrentTransaction is not null));
        return fails ? throw new InvalidOperationException("The mover failed.") : Task.CompletedTask;
    }
}
