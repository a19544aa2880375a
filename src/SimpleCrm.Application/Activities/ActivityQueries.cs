using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Activities;

/// <summary>Reads of single activities for their edit form; the timeline reads them in its stream.</summary>
public sealed class ActivityQueries(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Whether the user may log an activity on the record: exactly when they may see it.</summary>
    public Task<bool> IsVisibleAsync(RecordRef record, CancellationToken cancellationToken) => db.IsVisibleAsync(record, user, cancellationToken);

    /// <summary>The user's own activity as its edit form starts, or null when it is not theirs or they may not see its record.</summary>
    public async Task<ActivityForEdit?> GetForEditAsync(int id, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().Where(a => a.Id == id && a.CreatedById == user.UserId)
            .Select(a => new { a.Id, a.RecordType, a.RecordId, a.Type, a.At, a.DurationMinutes, a.Outcome, a.Text })
            .SingleOrDefaultAsync(cancellationToken);
        if (activity is null)
        {
            return null;
        }

        var record = new RecordRef(activity.RecordType, activity.RecordId);
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return null;
        }

        var at = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(activity.At, DateTimeKind.Utc), clock.LocalTimeZone);
        return new ActivityForEdit(activity.Id, record, new ActivityInput
        {
            Type = activity.Type,
            At = at,
            DurationMinutes = activity.DurationMinutes,
            Outcome = activity.Outcome,
            Text = activity.Text,
        });
    }
}
