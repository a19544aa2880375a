using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SimpleCrm.Application.Data;

/// <summary>
/// A transaction of our own unless the caller already runs one (a merge calls the list code inside
/// its transaction): then the caller's commit decides, and ours is a no-op.
/// </summary>
public sealed class OwnTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _transaction;

    private OwnTransaction(IDbContextTransaction? transaction) => _transaction = transaction;

    public static async Task<OwnTransaction> BeginAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
