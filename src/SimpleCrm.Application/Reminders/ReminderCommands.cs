using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Reminders;

/// <summary>
/// Sets reminders on what the user may see, for themselves (or, as Admin or Manager, for any active
/// user); cancels pending ones the user set or was set; opens rung ones (marks them read).
/// </summary>
public sealed class ReminderCommands(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public static bool MayRemindOthers(ICurrentUser user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Manager);

    /// <summary>Sets a reminder on <paramref name="target"/>; <paramref name="culture"/> is the language its email is written in.</summary>
    public async Task<Result<int>> CreateAsync(RecordRef target, ReminderInput input, string? culture, CancellationToken cancellationToken)
    {
        if (user.UserId is null || !await db.IsTargetVisibleAsync(target, user, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var failures = new List<Failure>();
        if (input.DueAt is null)
        {
            failures.Add(new Failure(Messages.Required, nameof(ReminderInput.DueAt)));
        }

        FieldRules.Require(failures, input.Text, nameof(ReminderInput.Text));
        FieldRules.MaxLength(failures, input.Text, Reminder.TextMaxLength, nameof(ReminderInput.Text));
        var userId = string.IsNullOrWhiteSpace(input.UserId) ? user.UserId : input.UserId;
        if (userId != user.UserId && !MayRemindOthers(user))
        {
            failures.Add(new Failure(ReminderMessages.OnlyForYourself, nameof(ReminderInput.UserId)));
        }
        else if (await RecipientFailureAsync(target, userId, cancellationToken) is { } failure)
        {
            failures.Add(failure);
        }

        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var local = input.DueAt!.Value;
        var reminder = new Reminder
        {
            RecordType = target.Type,
            RecordId = target.Id,
            UserId = userId,
            Text = input.Text!.Trim(),
            DueAt = TaskCalendar.At(clock).DueAt(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local))!.Value,
            Culture = culture,
            CreatedAt = now,
            CreatedById = user.UserId,
        };
        db.Reminders.Add(reminder);
        if (target.Type != Reminder.TaskType)
        {
            db.History.Add(HistoryEntry.For(target, ReminderMessages.Set, reminder.Text, now, user.UserId));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(reminder.Id);
    }

    /// <summary>
    /// Why <paramref name="userId"/> cannot be reminded of <paramref name="target"/>: they left, or
    /// (someone else than the user) the record is outside what they may see, so their reminder would
    /// lead them to a page they cannot open.
    /// </summary>
    private async Task<Failure?> RecipientFailureAsync(RecordRef target, string userId, CancellationToken cancellationToken)
    {
        var recipient = userId == user.UserId ? user : await StoredCurrentUser.LoadAsync(db, userId, cancellationToken);
        if (recipient is null || !await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, cancellationToken))
        {
            return new Failure(ReminderMessages.UserInactive, nameof(ReminderInput.UserId));
        }

        return recipient == user || await db.IsTargetVisibleAsync(target, recipient, cancellationToken)
            ? null
            : new Failure(ReminderMessages.UserCannotSee, nameof(ReminderInput.UserId));
    }

    /// <summary>Removes a reminder that has not rung yet, set by or for the user; one that rang meanwhile stays.</summary>
    public async Task<Result> CancelAsync(int id, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var removed = await db.Reminders
            .Where(r => r.Id == id && r.DeliveredAt == null && (r.UserId == me || r.CreatedById == me))
            .ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? Result.Success : Result.NotFound();
    }

    /// <summary>Marks the user's rung reminder read and answers what it is about, so the caller can go there.</summary>
    public async Task<Result<RecordRef>> OpenAsync(int id, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var mine = db.Reminders.Where(r => r.Id == id && r.UserId == me && r.DeliveredAt != null);
        var target = await mine.AsNoTracking().Select(r => new { r.RecordType, r.RecordId }).SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return Result<RecordRef>.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await mine.Where(r => r.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(r => r.ReadAt, now), cancellationToken);
        return Result<RecordRef>.Ok(new RecordRef(target.RecordType, target.RecordId));
    }

    /// <summary>Marks every rung reminder of the user read; answers how many were unread.</summary>
    public Task<int> ReadAllAsync(CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Reminders.Where(r => r.UserId == me && r.ReadAt == null && r.DeliveredAt != null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReadAt, now), cancellationToken);
    }
}
