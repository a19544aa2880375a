using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.History;

/// <summary>
/// The timeline: history lines and logged activities in one stream, newest first, filtered by kind
/// and paged by one SQL statement — of one record (a contact's with the lines of its visible leads and deals)
/// or, for /History, of every record the user may see.
/// </summary>
public sealed class TimelineQueries(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const int PageSize = 25;

    /// <summary>How deep /History pages: 100 000 lines back; further back, narrow the days instead.</summary>
    public const int MaxFeedPage = 4000;

    /// <summary>One page of a visible record's timeline, or null when the user may not see the record.</summary>
    public async Task<Page<TimelineLine>?> OfRecordAsync(RecordRef record, TimelineKind kind, int page, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return null;
        }

        var history = db.History.AsNoTracking();
        var activities = db.Activities.AsNoTracking();
        if (record.Type == HistoryRecordTypes.Contact)
        {
            // A contact's timeline carries the lines of its leads and deals the user may see, each named with its record.
            var leadIds = await db.Leads.AsNoTracking().VisibleTo(user).Where(l => l.ContactId == record.Id)
                .OrderByDescending(l => l.Id).Take(LeadQueries.ContactLeadLimit).Select(l => l.Id).ToListAsync(cancellationToken);
            var dealIds = await db.Deals.AsNoTracking().VisibleTo(user).Where(d => d.ContactId == record.Id)
                .OrderByDescending(d => d.Id).Take(DealQueries.ContactDealLimit).Select(d => d.Id).ToListAsync(cancellationToken);
            history = history.Where(h => (h.RecordType == record.Type && h.RecordId == record.Id)
                || (h.RecordType == HistoryRecordTypes.Lead && leadIds.Contains(h.RecordId)) || (h.RecordType == HistoryRecordTypes.Deal && dealIds.Contains(h.RecordId)));
            activities = activities.Where(a => (a.RecordType == record.Type && a.RecordId == record.Id)
                || (a.RecordType == HistoryRecordTypes.Lead && leadIds.Contains(a.RecordId)) || (a.RecordType == HistoryRecordTypes.Deal && dealIds.Contains(a.RecordId)));
        }
        else
        {
            history = history.Where(h => h.RecordType == record.Type && h.RecordId == record.Id);
            activities = activities.Where(a => a.RecordType == record.Type && a.RecordId == record.Id);
        }

        var rows = Rows(history, activities, kind);
        var total = await CountAsync(rows, cancellationToken);
        var number = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await LinesAsync(PageQuery(rows, number, PageSize), cancellationToken);
        return new Page<TimelineLine>(items, number, PageSize, total);
    }

    /// <summary>One page of /History: the lines of every record the user may see, by the filter.</summary>
    public async Task<TimelineFeedPage> AcrossAsync(TimelineFilter filter, int page, CancellationToken cancellationToken)
    {
        var number = Math.Clamp(page, 1, MaxFeedPage);
        var items = await LinesAsync(FeedQuery(filter, number), cancellationToken);
        return new TimelineFeedPage([.. items.Take(PageSize)], number, items.Count > PageSize && number < MaxFeedPage);
    }

    /// <summary>The statement of one page of /History (one row more than a page), without running it.</summary>
    internal IQueryable<TimelinePageRow> FeedQuery(TimelineFilter filter, int number)
    {
        // Lines of leads, contacts and deals: the record types with a page of their own and a visibility rule.
        var history = db.History.AsNoTracking().Where(h => h.RecordType == HistoryRecordTypes.Lead || h.RecordType == HistoryRecordTypes.Contact || h.RecordType == HistoryRecordTypes.Deal);
        var activities = db.Activities.AsNoTracking();
        if (!ContactVisibility.SeesAll(user))
        {
            // Through the records' own visibility rules, never a list of ids from outside. As EXISTS per
            // line (a primary key seek), not IN over every visible record: SQLite walks the (At) index
            // newest first and stops after a page of visible lines, where a rep's thousands of records
            // would otherwise each be sought and all their lines sorted.
            var leads = db.Leads.VisibleTo(user);
            var contacts = db.Contacts.VisibleTo(user);
            var deals = db.Deals.VisibleTo(user);
            history = history.Where(h => (h.RecordType == HistoryRecordTypes.Lead && leads.Any(l => l.Id == h.RecordId))
                || (h.RecordType == HistoryRecordTypes.Contact && contacts.Any(c => c.Id == h.RecordId))
                || (h.RecordType == HistoryRecordTypes.Deal && deals.Any(d => d.Id == h.RecordId)));
            activities = activities.Where(a => (a.RecordType == HistoryRecordTypes.Lead && leads.Any(l => l.Id == a.RecordId))
                || (a.RecordType == HistoryRecordTypes.Contact && contacts.Any(c => c.Id == a.RecordId))
                || (a.RecordType == HistoryRecordTypes.Deal && deals.Any(d => d.Id == a.RecordId)));
        }

        if (!string.IsNullOrEmpty(filter.UserId))
        {
            history = history.Where(h => h.UserId == filter.UserId);
            activities = activities.Where(a => a.CreatedById == filter.UserId);
        }

        if (filter.From is { } from)
        {
            var start = StartOfDay(from);
            history = history.Where(h => h.At >= start);
            activities = activities.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1));
            history = history.Where(h => h.At < end);
            activities = activities.Where(a => a.At < end);
        }

        return PageQuery(Rows(history, activities, filter.Kind), number, PageSize + 1);
    }

    /// <summary>Both sources as one row shape, the kind filter applied to each before they are joined.</summary>
    private static (IQueryable<TimelineRow> Lines, IQueryable<TimelineRow>? Activities) Rows(IQueryable<HistoryEntry> history, IQueryable<Activity> activities, TimelineKind kind)
    {
        if (kind == TimelineKind.Changes)
        {
            var others = TimelineKinds.NotChanges;
            history = history.Where(h => !others.Contains(h.Action));
        }
        else if (kind != TimelineKind.All)
        {
            var actions = TimelineKinds.ActionsOf(kind);
            history = history.Where(h => actions.Contains(h.Action));
        }

        var lines = history.Select(h => new TimelineRow
        {
            At = h.At,
            Id = h.Id,
            RecordType = h.RecordType,
            RecordId = h.RecordId,
            UserId = h.UserId,
            Action = h.Action,
            Details = h.Details,
            ActivityId = null,
            Type = null,
            DurationMinutes = null,
            Outcome = null,
        });
        return (lines, TimelineKinds.IncludesActivities(kind)
            ? activities.Select(a => new TimelineRow
            {
                At = a.At,
                Id = a.Id,
                RecordType = a.RecordType,
                RecordId = a.RecordId,
                UserId = a.CreatedById,
                Action = null,
                Details = a.Text,
                ActivityId = a.Id,
                Type = a.Type,
                DurationMinutes = a.DurationMinutes,
                Outcome = a.Outcome,
            })
            : null);
    }

    private static Task<int> CountAsync((IQueryable<TimelineRow> Lines, IQueryable<TimelineRow>? Activities) rows, CancellationToken cancellationToken) =>
        (rows.Activities is null ? rows.Lines : rows.Lines.Concat(rows.Activities)).CountAsync(cancellationToken);

    /// <summary>
    /// One page of the rows, newest first, with who wrote each and the name of its record. Each source
    /// is cut to its newest rows up to the end of the page before the two are joined: SQLite then walks
    /// each table's (At) index backwards and stops, and sorts only those few rows, never every line.
    /// </summary>
    private IQueryable<TimelinePageRow> PageQuery((IQueryable<TimelineRow> Lines, IQueryable<TimelineRow>? Activities) rows, int number, int take)
    {
        // Page n starts after n - 1 full pages; /History takes one row more to learn whether there is a next page.
        var skip = (number - 1) * PageSize;
        var newest = rows.Lines.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(skip + take);
        if (rows.Activities is not null)
        {
            newest = newest.Concat(rows.Activities.OrderByDescending(r => r.At).ThenByDescending(r => r.ActivityId).Take(skip + take));
        }

        return newest.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).ThenByDescending(r => r.ActivityId)
            .Skip(skip).Take(take)
            .Select(r => new TimelinePageRow
            {
                Row = r,
                UserName = db.Users.Where(u => u.Id == r.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                RecordName = r.RecordType == HistoryRecordTypes.Lead
                    ? db.Leads.Where(l => l.Id == r.RecordId).Select(l => l.Name).FirstOrDefault()
                    : r.RecordType == HistoryRecordTypes.Deal
                    ? db.Deals.Where(d => d.Id == r.RecordId).Select(d => d.Label).FirstOrDefault()
                    : db.Contacts.Where(c => c.Id == r.RecordId).Select(c => c.DisplayName).FirstOrDefault(),
            });
    }

    private async Task<List<TimelineLine>> LinesAsync(IQueryable<TimelinePageRow> query, CancellationToken cancellationToken)
    {
        var page = await query.ToListAsync(cancellationToken);
        var me = user.UserId;
        var admin = user.IsInRole(Roles.Admin);
        return [.. page.Select(p =>
        {
            var r = p.Row;
            var mine = me is not null && r.UserId == me;
            var activity = r.ActivityId is { } id ? new TimelineActivity(id, r.Type!.Value, r.DurationMinutes, r.Outcome, r.Details, mine, mine || admin) : null;
            return new TimelineLine(ToLocal(r.At), r.Action, activity is null ? r.Details : null, p.UserName, new RecordRef(r.RecordType, r.RecordId), p.RecordName, activity);
        })];
    }

    private DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone);

    private DateTime StartOfDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), clock.LocalTimeZone);
}
