using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// Fires the task templates of a status a lead enters: each attached, non-archived template makes its
/// task on the lead, logs it (<see cref="AutomationTaskCreated"/>) and records the firing, all staged
/// on the caller's DbContext so they are saved with the status change itself. A template that fired
/// on the lead within <see cref="BounceWindow"/> stays quiet (a lead dragged back and forth), and the
/// firing's unique index refuses a second firing of one transition (two requests racing).
/// </summary>
public sealed class TaskAutomation(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>History action: a template made a task ("rule X created task Y").</summary>
    public const string AutomationTaskCreated = "AutomationTaskCreated";

    /// <summary>Between the parts of the log's details: template, task, and the fallback mark when there is one.</summary>
    public const string Separator = "\u001F";

    /// <summary>The last part of the details when a specific user was inactive and the responsible user got the task.</summary>
    public const string FellBackMark = "responsible";

    public static readonly TimeSpan BounceWindow = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Stages the tasks of <paramref name="statusId"/>'s templates for <paramref name="lead"/> (its id
    /// known) entering that status from version <paramref name="transitionKey"/>. True when something
    /// was staged: the caller's save may then meet a lost race (see <see cref="LostRaceAsync"/>).
    /// </summary>
    public async Task<bool> StageForLeadAsync(Lead lead, int statusId, Guid transitionKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var templates = await TemplatesOfLeadStatus(db, statusId).ToListAsync(cancellationToken);
        if (templates.Count == 0)
        {
            return false;
        }

        var since = now - BounceWindow;
        var recent = await db.TaskTemplateFirings.AsNoTracking()
            .Where(f => f.RecordType == HistoryRecordTypes.Lead && f.RecordId == lead.Id && f.At >= since)
            .Select(f => f.TaskTemplateId).ToListAsync(cancellationToken);
        var firing = templates.Where(t => !recent.Contains(t.Id)).ToList();
        var wanted = firing.Select(t => t.AssigneeId).Append(lead.ResponsibleUserId).OfType<string>().Distinct().ToList();
        var active = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
        var responsible = lead.ResponsibleUserId is { } owner && active.Contains(owner) ? owner : null;
        var calendar = TaskCalendar.At(clock);
        var staged = false;
        foreach (var template in firing)
        {
            var (assigneeId, fellBack) = Assignee(template, responsible, template.AssigneeId is { } specific && active.Contains(specific));
            if (assigneeId is null)
            {
                // Nobody to give it to (a system change of a lead without an active owner): no task, no firing.
                continue;
            }

            var (dueAt, hasTime) = template.DueFrom(calendar);
            db.Tasks.Add(new CrmTask
            {
                Title = template.Title,
                Text = template.Text,
                DueAt = dueAt,
                DueHasTime = hasTime,
                Priority = template.Priority,
                AssigneeId = assigneeId,
                RecordType = HistoryRecordTypes.Lead,
                RecordId = lead.Id,
            });
            db.TaskTemplateFirings.Add(new TaskTemplateFiring
            {
                TaskTemplateId = template.Id, RecordType = HistoryRecordTypes.Lead, RecordId = lead.Id, TransitionKey = transitionKey, At = now,
            });
            db.History.Add(HistoryEntry.ForLead(lead.Id, AutomationTaskCreated, template.LogDetails(fellBack), now, user.UserId));
            staged = true;
        }

        return staged;
    }

    /// <summary>
    /// After a failed save that staged firings: whether another request already fired this transition
    /// of the lead (the unique index refused ours). Then the user sees a conflict, not an error page.
    /// </summary>
    public Task<bool> LostRaceAsync(int leadId, Guid transitionKey, CancellationToken cancellationToken) =>
        db.TaskTemplateFirings.AsNoTracking().AnyAsync(
            f => f.RecordType == HistoryRecordTypes.Lead && f.RecordId == leadId && f.TransitionKey == transitionKey, cancellationToken);

    /// <summary>The non-archived templates attached to a lead status.</summary>
    internal static IQueryable<FiredTemplate> TemplatesOfLeadStatus(CrmDbContext db, int statusId) =>
        Templates(db.TaskTemplateTriggers.Where(t => t.LeadStatusId == statusId).Select(t => t.TaskTemplate!));

    /// <summary>The non-archived ones of <paramref name="templates"/>, by id, as firing reads them.</summary>
    internal static IQueryable<FiredTemplate> Templates(IQueryable<TaskTemplate> templates) =>
        templates.AsNoTracking()
            .Where(t => !t.IsArchived)
            .OrderBy(t => t.Id)
            .Select(t => new FiredTemplate(t.Id, t.Name, t.Title, t.Text, t.DueInDays, t.DueInHours, t.Priority, t.AssigneeRule, t.AssigneeId));

    /// <summary>
    /// Whose the task is: the rule's user when active; a specific user who left hands it to the
    /// responsible user (fell back: the log says so); without an active responsible user, the user who
    /// made the change.
    /// </summary>
    private (string? AssigneeId, bool FellBack) Assignee(FiredTemplate template, string? responsible, bool specificActive) =>
        template.AssigneeRule switch
        {
            TaskTemplateAssigneeRule.SpecificUser when specificActive => (template.AssigneeId, false),
            TaskTemplateAssigneeRule.SpecificUser => (responsible ?? user.UserId, true),
            TaskTemplateAssigneeRule.ChangingUser => (user.UserId ?? responsible, false),
            _ => (responsible ?? user.UserId, false),
        };
}
