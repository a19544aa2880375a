using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// Fires the task templates of a status a lead enters, or of a stage a deal enters: each attached, non-archived template makes its
/// task on the record, logs it (<see cref="AutomationTaskCreated"/>) and records the firing, all staged
/// on the caller's DbContext so they are saved with the status change itself. A template that fired
/// on the record within <see cref="BounceWindow"/> stays quiet (a card dragged back and forth), and the
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
    public Task<bool> StageForLeadAsync(Lead lead, int statusId, Guid transitionKey, CancellationToken cancellationToken) =>
        StageAsync(RecordRef.Lead(lead.Id), lead.ResponsibleUserId, TemplatesOfLeadStatus(db, statusId), transitionKey, cancellationToken);

    /// <summary>
    /// Stages the tasks of <paramref name="stageId"/>'s templates for <paramref name="deal"/> (its id
    /// known) entering that stage from version <paramref name="transitionKey"/> (<see cref="Guid.Empty"/>
    /// for a deal created in it), under the same rules as a lead's status. True when something was staged.
    /// </summary>
    public Task<bool> StageForDealAsync(Deal deal, int stageId, Guid transitionKey, CancellationToken cancellationToken) =>
        StageAsync(RecordRef.Deal(deal.Id), deal.ResponsibleUserId, TemplatesOfStage(db, stageId), transitionKey, cancellationToken);

    /// <summary>
    /// After a failed save that staged firings: whether another request already fired this transition
    /// of the lead (the unique index refused ours). Then the user sees a conflict, not an error page.
    /// </summary>
    public Task<bool> LostRaceAsync(int leadId, Guid transitionKey, CancellationToken cancellationToken) =>
        LostRaceAsync(RecordRef.Lead(leadId), transitionKey, cancellationToken);

    /// <summary>The same after a deal's failed save: another request fired this transition of <paramref name="record"/> first.</summary>
    public Task<bool> LostRaceAsync(RecordRef record, Guid transitionKey, CancellationToken cancellationToken) =>
        db.TaskTemplateFirings.AsNoTracking().AnyAsync(
            f => f.RecordType == record.Type && f.RecordId == record.Id && f.TransitionKey == transitionKey, cancellationToken);

    private async Task<bool> StageAsync(
        RecordRef record, string? responsibleUserId, IQueryable<FiredTemplate> attached, Guid transitionKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var templates = await attached.ToListAsync(cancellationToken);
        if (templates.Count == 0)
        {
            return false;
        }

        var since = now - BounceWindow;
        var recent = await db.TaskTemplateFirings.AsNoTracking()
            .Where(f => f.RecordType == record.Type && f.RecordId == record.Id && f.At >= since)
            .Select(f => f.TaskTemplateId).ToListAsync(cancellationToken);
        var firing = templates.Where(t => !recent.Contains(t.Id)).ToList();
        var wanted = firing.Select(t => t.AssigneeId).Append(responsibleUserId).OfType<string>().Distinct().ToList();
        var active = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
        var responsible = responsibleUserId is { } owner && active.Contains(owner) ? owner : null;
        var calendar = TaskCalendar.At(clock);
        var staged = false;
        foreach (var template in firing)
        {
            var (assigneeId, fellBack) = Assignee(template, responsible, template.AssigneeId is { } specific && active.Contains(specific));
            if (assigneeId is null)
            {
                // Nobody to give it to (a system change of a record without an active owner): no task, no firing.
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
                RecordType = record.Type,
                RecordId = record.Id,
            });
            db.TaskTemplateFirings.Add(new TaskTemplateFiring
            {
                TaskTemplateId = template.Id, RecordType = record.Type, RecordId = record.Id, TransitionKey = transitionKey, At = now,
            });
            db.History.Add(HistoryEntry.For(record, AutomationTaskCreated, template.LogDetails(fellBack), now, user.UserId));
            staged = true;
        }

        return staged;
    }

    /// <summary>The non-archived templates attached to a lead status.</summary>
    internal static IQueryable<FiredTemplate> TemplatesOfLeadStatus(CrmDbContext db, int statusId) =>
        Templates(db.TaskTemplateTriggers.Where(t => t.LeadStatusId == statusId).Select(t => t.TaskTemplate!));

    /// <summary>The non-archived templates attached to a deal stage.</summary>
    internal static IQueryable<FiredTemplate> TemplatesOfStage(CrmDbContext db, int stageId) =>
        Templates(db.TaskTemplateTriggers.Where(t => t.StageId == stageId).Select(t => t.TaskTemplate!));

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
