using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Tasks;

/// <summary>Reads of tasks: the sectioned list, a record's tasks, one task for its form, the overdue count.</summary>
public sealed class TaskQueries(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>How many rows each section shows on the overview; the rest is one click away, paged.</summary>
    public const int PreviewSize = 10;

    public const int PageSize = 50;

    /// <summary>How many tasks a record's card shows.</summary>
    public const int RecordLimit = 100;

    /// <summary>
    /// Open tasks assigned to the user that are past due: what the navigation bar counts on every
    /// page, so one seek of the (AssigneeId, Status, DueAt) index.
    /// </summary>
    public Task<int> OverdueCountAsync(CancellationToken cancellationToken) =>
        user.UserId is null ? Task.FromResult(0) : Overdue().CountAsync(cancellationToken);

    /// <summary>The user's overdue open tasks, as the count reads them (internal: a test checks its plan).</summary>
    internal IQueryable<CrmTask> Overdue()
    {
        var me = user.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Tasks.AsNoTracking().Where(t => t.AssigneeId == me && t.Status == CrmTaskStatus.Open && t.DueAt < now);
    }

    /// <summary>The sections of the list: every one previewed, or the asked one paged.</summary>
    public async Task<IReadOnlyList<TaskSection>> ListAsync(TaskListQuery query, CancellationToken cancellationToken)
    {
        var calendar = TaskCalendar.At(clock);
        var filtered = Filter(query);
        var sections = new List<TaskSection>();
        foreach (var kind in query.Section is { } only ? [only] : Enum.GetValues<TaskSectionKind>())
        {
            var rows = Sort(InSection(filtered, kind, calendar), kind, query.Sort);
            var size = query.Section is null ? PreviewSize : PageSize;
            var total = await rows.CountAsync(cancellationToken);
            var pageCount = Math.Max(1, (total + size - 1) / size);
            var page = query.Section is null ? 1 : Math.Clamp(query.Page, 1, pageCount);
            var items = await Project(rows.Skip((page - 1) * size).Take(size), calendar, cancellationToken);
            sections.Add(new TaskSection(kind, new Page<TaskListItem>(items, page, size, total)));
        }

        return sections;
    }

    /// <summary>The record's tasks, open ones by due date then done ones, or null when the user may not see the record.</summary>
    public async Task<IReadOnlyList<TaskListItem>?> OfRecordAsync(RecordRef record, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return null;
        }

        var rows = db.Tasks.AsNoTracking().Where(t => t.RecordType == record.Type && t.RecordId == record.Id)
            .OrderBy(t => t.Status).ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.DoneAt).ThenBy(t => t.Id)
            .Take(RecordLimit);
        return await Project(rows, TaskCalendar.At(clock), cancellationToken);
    }

    /// <summary>Whether the user may add a task to the record (they see it): the new task form answers 404 otherwise.</summary>
    public Task<bool> CanAddToAsync(RecordRef record, CancellationToken cancellationToken) =>
        db.IsVisibleAsync(record, user, cancellationToken);

    /// <summary>A task as its edit form starts, or null when the user may not see it.</summary>
    public async Task<TaskForEdit?> GetForEditAsync(int id, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().VisibleTo(db, user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var calendar = TaskCalendar.At(clock);
        var due = task.DueAt is { } at ? calendar.ToLocal(at) : (DateTime?)null;
        var input = new TaskInput
        {
            Title = task.Title,
            Text = task.Text,
            DueDate = due is { } day ? DateOnly.FromDateTime(day) : null,
            DueTime = due is { } time && task.DueHasTime ? TimeOnly.FromDateTime(time) : null,
            Priority = task.Priority,
            AssigneeId = task.AssigneeId,
        };
        var record = task.RecordType is not null && task.RecordId is { } recordId ? new RecordRef(task.RecordType, recordId) : (RecordRef?)null;
        return new TaskForEdit(task.Id, record, input, task.Status == CrmTaskStatus.Done);
    }

    private IQueryable<CrmTask> Filter(TaskListQuery query)
    {
        var tasks = db.Tasks.AsNoTracking().VisibleTo(db, user);
        var assignee = string.IsNullOrEmpty(query.Assignee) ? user.UserId : query.Assignee;
        if (assignee != TaskListQuery.Everyone)
        {
            tasks = tasks.Where(t => t.AssigneeId == assignee);
        }

        tasks = query.Record switch
        {
            TaskRecordFilter.Lead => tasks.Where(t => t.RecordType == HistoryRecordTypes.Lead),
            TaskRecordFilter.Contact => tasks.Where(t => t.RecordType == HistoryRecordTypes.Contact),
            TaskRecordFilter.None => tasks.Where(t => t.RecordType == null),
            _ => tasks,
        };
        return query.Priority is { } priority ? tasks.Where(t => t.Priority == priority) : tasks;
    }

    /// <summary>
    /// Overdue: due before now. Today: from now to midnight. This week: from tomorrow to Monday.
    /// Later: after that, or with no due date. Boundaries come from <see cref="TaskCalendar"/>.
    /// </summary>
    private static IQueryable<CrmTask> InSection(IQueryable<CrmTask> tasks, TaskSectionKind kind, TaskCalendar calendar)
    {
        var open = tasks.Where(t => t.Status == CrmTaskStatus.Open);
        return kind switch
        {
            TaskSectionKind.Overdue => open.Where(t => t.DueAt < calendar.Now),
            TaskSectionKind.Today => open.Where(t => t.DueAt >= calendar.Now && t.DueAt < calendar.TomorrowStart),
            TaskSectionKind.ThisWeek => open.Where(t => t.DueAt >= calendar.TomorrowStart && t.DueAt < calendar.NextWeekStart),
            TaskSectionKind.Later => open.Where(t => t.DueAt == null || t.DueAt >= calendar.NextWeekStart),
            _ => tasks.Where(t => t.Status == CrmTaskStatus.Done),
        };
    }

    private static IQueryable<CrmTask> Sort(IQueryable<CrmTask> tasks, TaskSectionKind kind, TaskSort sort)
    {
        if (kind == TaskSectionKind.Done)
        {
            return tasks.OrderByDescending(t => t.DoneAt).ThenByDescending(t => t.Id);
        }

        var byDue = sort switch
        {
            TaskSort.Priority => tasks.OrderByDescending(t => t.Priority).ThenBy(t => t.DueAt == null),
            TaskSort.Title => tasks.OrderBy(t => t.Title).ThenBy(t => t.DueAt == null),
            TaskSort.Created => tasks.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.DueAt == null),
            _ => tasks.OrderBy(t => t.DueAt == null),
        };
        return byDue.ThenBy(t => t.DueAt).ThenBy(t => t.Id);
    }

    private async Task<IReadOnlyList<TaskListItem>> Project(IQueryable<CrmTask> tasks, TaskCalendar calendar, CancellationToken cancellationToken)
    {
        var rows = await tasks.Select(t => new
        {
            t.Id,
            t.Title,
            t.Text,
            t.DueAt,
            t.DueHasTime,
            t.Priority,
            t.Status,
            t.RecordType,
            t.RecordId,
            t.DoneAt,
            AssigneeName = db.Users.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
            DoneByName = db.Users.Where(u => u.Id == t.DoneById).Select(u => u.DisplayName).FirstOrDefault(),
            RecordName = t.RecordType == HistoryRecordTypes.Lead
                ? db.Leads.Where(l => l.Id == t.RecordId).Select(l => l.Name).FirstOrDefault()
                : t.RecordType == HistoryRecordTypes.Deal
                ? db.Deals.Where(d => d.Id == t.RecordId).Select(d => d.Label).FirstOrDefault()
                : db.Contacts.Where(c => c.Id == t.RecordId).Select(c => c.DisplayName).FirstOrDefault(),
        }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TaskListItem(
            r.Id,
            r.Title,
            r.Text,
            r.DueAt is { } due ? calendar.ToLocal(due) : null,
            r.DueHasTime,
            r.Priority,
            r.Status == CrmTaskStatus.Done,
            r.Status == CrmTaskStatus.Open && r.DueAt < calendar.Now,
            r.AssigneeName,
            r.RecordType is not null && r.RecordId is { } recordId ? new RecordRef(r.RecordType, recordId) : null,
            r.RecordType is null ? null : r.RecordName,
            r.DoneAt is { } done ? calendar.ToLocal(done) : null,
            r.DoneByName))];
    }
}
