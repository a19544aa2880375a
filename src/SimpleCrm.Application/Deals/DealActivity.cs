using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// A call, meeting, visit or note logged on a deal is activity: the board's "idle for N days" and the
/// list's "last activity" read <see cref="Deal.LastActivityAt"/>. Written as one UPDATE that leaves the
/// deal's version alone, so logging a call never turns a colleague's drag of the card into a conflict.
/// </summary>
public static class DealActivity
{
    /// <summary>Moves the deal's last activity to <paramref name="at"/> unless it is later already; nothing for other records.</summary>
    public static Task TouchAsync(CrmDbContext db, RecordRef record, DateTime at, CancellationToken cancellationToken) =>
        record.Type == HistoryRecordTypes.Deal
            ? db.Deals.Where(d => d.Id == record.Id && d.LastActivityAt < at)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LastActivityAt, at), cancellationToken)
            : Task.CompletedTask;
}
