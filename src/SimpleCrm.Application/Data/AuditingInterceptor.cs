using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Data;

/// <summary>
/// Stamps who and when on every created or changed auditable entity and renews concurrency tokens,
/// so no service has to remember to.
/// </summary>
public sealed class AuditingInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// The auditing interceptor of <paramref name="db"/>'s saves, for writes that go around the change
    /// tracker (a multi-row INSERT): they take their stamps from it as a save would. Null when the
    /// context has none.
    /// </summary>
    public static AuditingInterceptor? Of(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditingInterceptor>().FirstOrDefault();

    /// <summary>Stamps entities written without a save as one save stamps added ones (one time for all).</summary>
    public void StampAdded(IEnumerable<object> entities)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entity in entities)
        {
            Stamp(entity, added: true, now);
        }
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Stamp(entry.Entity, entry.State == EntityState.Added, now);
            }
        }
    }

    private void Stamp(object entity, bool added, DateTime now)
    {
        if (entity is IAuditable auditable)
        {
            if (added)
            {
                auditable.CreatedAt = now;
                auditable.CreatedById = currentUser.UserId;
            }

            auditable.UpdatedAt = now;
            auditable.UpdatedById = currentUser.UserId;
        }

        if (entity is IVersioned versioned)
        {
            versioned.Version = Guid.NewGuid();
        }
    }
}
