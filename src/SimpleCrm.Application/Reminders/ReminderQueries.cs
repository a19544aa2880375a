using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.Reminders;

/// <summary>
/// The user's reminders: the bell's unread count, their page, and the pending ones on a record. A user
/// sees the reminders set for them and the ones they set for others (which they may cancel).
/// </summary>
public sealed class ReminderQueries(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>How many rung reminders the page lists.</summary>
    public const int DeliveredLimit = 50;

    /// <summary>How many reminders still to ring a list shows, soonest first; the page says when there are more.</summary>
    public const int PendingLimit = 100;

    /// <summary>The bell's count: one seek of the (UserId, ReadAt, DeliveredAt) index.</summary>
    public Task<int> UnreadCountAsync(CancellationToken cancellationToken) =>
        user.UserId is null ? Task.FromResult(0) : Unread().CountAsync(cancellationToken);

    /// <summary>The user's delivered, unread reminders, as the count reads them (internal: a test checks its plan).</summary>
    internal IQueryable<Reminder> Unread()
    {
        var me = user.UserId;
        return db.Reminders.AsNoTracking().Where(r => r.UserId == me && r.ReadAt == null && r.DeliveredAt != null);
    }

    public async Task<ReminderOverview> MineAsync(CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var delivered = await ReminderRow.Of(
                db.Reminders.AsNoTracking().Where(r => r.UserId == me && r.DeliveredAt != null).OrderByDescending(r => r.DueAt).ThenByDescending(r => r.Id).Take(DeliveredLimit), db)
            .ToListAsync(cancellationToken);
        var pending = await ReminderRow.Of(Pending().OrderBy(r => r.DueAt).ThenBy(r => r.Id).Take(PendingLimit + 1), db).ToListAsync(cancellationToken);
        return new ReminderOverview(Items(delivered), Items([.. pending.Take(PendingLimit)]), pending.Count > PendingLimit);
    }

    /// <summary>The user's pending reminders on a target, soonest first (at most <see cref="PendingLimit"/>); null when the user may not see the target.</summary>
    public async Task<IReadOnlyList<ReminderListItem>?> OfTargetAsync(RecordRef target, CancellationToken cancellationToken)
    {
        if (!await CanSetOnAsync(target, cancellationToken))
        {
            return null;
        }

        var rows = await ReminderRow.Of(
                Pending().Where(r => r.RecordType == target.Type && r.RecordId == target.Id).OrderBy(r => r.DueAt).ThenBy(r => r.Id).Take(PendingLimit), db)
            .ToListAsync(cancellationToken);
        return Items(rows);
    }

    public Task<bool> CanSetOnAsync(RecordRef target, CancellationToken cancellationToken) => db.IsTargetVisibleAsync(target, user, cancellationToken);

    /// <summary>Whether the user may set reminders for others (Admin, Manager) or only for themselves.</summary>
    public bool MayRemindOthers => ReminderCommands.MayRemindOthers(user);

    private IQueryable<Reminder> Pending()
    {
        var me = user.UserId;
        return db.Reminders.AsNoTracking().Where(r => r.DeliveredAt == null && (r.UserId == me || r.CreatedById == me));
    }

    private List<ReminderListItem> Items(List<ReminderRow> rows)
    {
        var calendar = TaskCalendar.At(clock);
        return rows.ConvertAll(r => new ReminderListItem(
            r.Id, new RecordRef(r.RecordType, r.RecordId), r.TargetName, r.Text, calendar.ToLocal(r.DueAt), r.UserName, r.DeliveredAt is not null, r.ReadAt is not null));
    }
}
