using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Activities;

/// <summary>
/// Logs, edits and deletes calls, meetings and visits on records the user may see. Anyone who sees
/// the record may log one; only its author edits it; its author or an admin deletes it.
/// </summary>
public sealed class ActivityCommands(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>How much of an activity a history line quotes.</summary>
    public const int ExcerptLength = 120;

    public async Task<Result<int>> LogAsync(RecordRef record, ActivityInput input, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var failures = Validate(input, out var at);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var activity = new Activity { RecordType = record.Type, RecordId = record.Id };
        Apply(activity, input, at);
        db.Activities.Add(activity);
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await DealActivity.TouchAsync(db, record, activity.At < now ? activity.At : now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(activity.Id);
    }

    public async Task<Result> UpdateAsync(int id, ActivityInput input, CancellationToken cancellationToken)
    {
        var activity = await VisibleAsync(id, cancellationToken);
        if (activity is null)
        {
            return Result.NotFound();
        }

        if (activity.CreatedById != user.UserId)
        {
            return Result.Fail(new Failure(ActivityMessages.NotYours));
        }

        var failures = Validate(input, out var at);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        Apply(activity, input, at);
        if (db.Entry(activity).State == EntityState.Modified)
        {
            Record(activity, ActivityMessages.Edited);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success;
    }

    /// <summary>Deletes the user's own activity (an admin: anyone's); answers the record it hung off.</summary>
    public async Task<Result<RecordRef>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var activity = await VisibleAsync(id, cancellationToken);
        if (activity is null)
        {
            return Result<RecordRef>.NotFound();
        }

        if (activity.CreatedById != user.UserId && !user.IsInRole(Roles.Admin))
        {
            return Result<RecordRef>.Fail(new Failure(ActivityMessages.NotYours));
        }

        db.Activities.Remove(activity);
        Record(activity, ActivityMessages.Deleted);
        await db.SaveChangesAsync(cancellationToken);
        return Result<RecordRef>.Ok(new RecordRef(activity.RecordType, activity.RecordId));
    }

    /// <summary>The activity when the user may see the record it hangs off; null otherwise, exactly as when there is none.</summary>
    private async Task<Activity?> VisibleAsync(int id, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is not null && await db.IsVisibleAsync(new RecordRef(activity.RecordType, activity.RecordId), user, cancellationToken) ? activity : null;
    }

    /// <summary>The form's failures; <paramref name="at"/> is when it took place in UTC (now when the form left it empty).</summary>
    private List<Failure> Validate(ActivityInput input, out DateTime at)
    {
        var failures = new List<Failure>();
        if (input.Type is not { } type || !Enum.IsDefined(type))
        {
            failures.Add(new Failure(Messages.Required, nameof(ActivityInput.Type)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        at = input.At is { } local ? ToUtc(local) : now;
        if (at > now.AddYears(1))
        {
            failures.Add(new Failure(ActivityMessages.TooFarAhead, nameof(ActivityInput.At)));
        }

        if (input.DurationMinutes is < 0 or > Activity.MaxDurationMinutes)
        {
            failures.Add(new Failure(ActivityMessages.DurationOutOfRange, nameof(ActivityInput.DurationMinutes)));
        }

        FieldRules.MaxLength(failures, input.Outcome, Activity.OutcomeMaxLength, nameof(ActivityInput.Outcome));
        FieldRules.MaxLength(failures, input.Text, Activity.TextMaxLength, nameof(ActivityInput.Text));
        return failures;
    }

    private static void Apply(Activity activity, ActivityInput input, DateTime at)
    {
        activity.Type = input.Type!.Value;
        activity.At = at;
        activity.DurationMinutes = input.DurationMinutes;
        activity.Outcome = Trimmed(input.Outcome);
        activity.Text = Trimmed(input.Text);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private DateTime ToUtc(DateTime local)
    {
        var zone = clock.LocalTimeZone;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A time skipped by the spring clock change does not exist: take the hour after it.
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(unspecified) ? unspecified.AddHours(1) : unspecified, zone);
    }

    private void Record(Activity activity, string action) =>
        db.History.Add(HistoryEntry.For(new RecordRef(activity.RecordType, activity.RecordId), action, Excerpt(activity), clock.GetUtcNow().UtcDateTime, user.UserId));

    /// <summary>"Call: agreed on a demo" — the type code (the view names it in the reader's language) and the outcome or text.</summary>
    private static string Excerpt(Activity activity)
    {
        var words = string.Join(' ', (activity.Outcome ?? activity.Text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= ExcerptLength ? words : words[..ExcerptLength] + "…";
    }
}
