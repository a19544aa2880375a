using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// Task templates as a starting point for the mass task form: the template's title, text, priority and
/// due date counted from now, and its assignee rule in the form's terms (the responsible user stays
/// the responsible user; a specific active user, or the user making the change, becomes the chosen
/// user). Every signed-in user may start from one; only admins edit them.
/// </summary>
public sealed class TaskTemplateStarts(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The templates that are not archived, by name.</summary>
    public async Task<IReadOnlyList<TaskTemplateOption>> ListAsync(CancellationToken cancellationToken) =>
        await db.TaskTemplates.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Name)
            .Select(t => new TaskTemplateOption(t.Id, t.Name)).ToListAsync(cancellationToken);

    /// <summary>The mass task a template starts, or null for an unknown or archived template.</summary>
    public async Task<MassTaskInput?> MassTaskAsync(int templateId, CancellationToken cancellationToken)
    {
        var template = await TaskAutomation.Templates(db.TaskTemplates.Where(t => t.Id == templateId)).FirstOrDefaultAsync(cancellationToken);
        if (template is null)
        {
            return null;
        }

        var calendar = TaskCalendar.At(clock);
        var (dueAt, hasTime) = template.DueFrom(calendar);
        var local = calendar.ToLocal(dueAt);
        var task = new TaskInput
        {
            Title = template.Title,
            Text = template.Text,
            Priority = template.Priority,
            DueDate = DateOnly.FromDateTime(local),
            DueTime = hasTime ? new TimeOnly(local.Hour, local.Minute) : null,
        };
        var specific = template.AssigneeRule == TaskTemplateAssigneeRule.SpecificUser && template.AssigneeId is { } id
            && await db.Users.AnyAsync(u => u.Id == id && u.IsActive, cancellationToken)
            ? template.AssigneeId
            : null;
        var chosen = template.AssigneeRule == TaskTemplateAssigneeRule.ChangingUser ? user.UserId : specific;
        if (chosen is null)
        {
            return new MassTaskInput { Task = task, Assignee = MassTaskAssignee.Responsible };
        }

        task.AssigneeId = chosen;
        return new MassTaskInput { Task = task, Assignee = MassTaskAssignee.ChosenUser };
    }
}
