using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// Admin > Task templates: list, create, edit (with the lead statuses and deal stages that fire it), delete one that
/// never fired, archive one that did (the automation log keeps naming it) and restore an archived one.
/// </summary>
public sealed class TaskTemplateAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    /// <summary>Active templates first, by name; each with its statuses in their board order.</summary>
    public async Task<IReadOnlyList<TaskTemplateListItem>> ListAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return [];
        }

        var fired = await db.TaskTemplateFirings.AsNoTracking().GroupBy(f => f.TaskTemplateId)
            .Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var triggers = await db.TaskTemplateTriggers.AsNoTracking().Where(t => t.LeadStatusId != null)
            .OrderBy(t => t.LeadStatus!.Position)
            .Select(t => new { t.TaskTemplateId, Status = new LeadStatusOption(t.LeadStatus!.Id, t.LeadStatus.Name, t.LeadStatus.ResourceKey, t.LeadStatus.Color, t.LeadStatus.Meaning) })
            .ToListAsync(cancellationToken);
        var stageTriggers = await db.TaskTemplateTriggers.AsNoTracking().Where(t => t.StageId != null)
            .OrderBy(t => t.Stage!.Pipeline!.Position).ThenBy(t => t.Stage!.Position)
            .Select(t => new { t.TaskTemplateId, Stage = new StageOption(t.Stage!.Id, t.Stage.Name, t.Stage.ResourceKey) })
            .ToListAsync(cancellationToken);
        var templates = await db.TaskTemplates.AsNoTracking().OrderBy(t => t.IsArchived).ThenBy(t => t.Name)
            .Select(t => new
            {
                t.Id, t.Name, t.Title, t.DueInDays, t.DueInHours, t.Priority, t.AssigneeRule, t.IsArchived,
                AssigneeName = db.Users.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. templates.Select(t => new TaskTemplateListItem(
            t.Id, t.Name, t.Title, t.DueInDays, t.DueInHours, t.Priority, t.AssigneeRule,
            t.AssigneeRule == TaskTemplateAssigneeRule.SpecificUser ? t.AssigneeName : null, t.IsArchived,
            [.. triggers.Where(r => r.TaskTemplateId == t.Id).Select(r => r.Status)], fired.GetValueOrDefault(t.Id),
            [.. stageTriggers.Where(r => r.TaskTemplateId == t.Id).Select(r => r.Stage)]))];
    }

    /// <summary>
    /// The form's choices: active users (and <paramref name="keepUserId"/>, the template's own user, even
    /// when inactive), every lead status and the stages of the active pipelines.
    /// </summary>
    public async Task<TaskTemplateForm> FormAsync(string? keepUserId, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive || u.Id == keepUserId).OrderBy(u => u.DisplayName)
            .Select(u => new UserOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        var statuses = await db.LeadStatuses.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new LeadStatusOption(s.Id, s.Name, s.ResourceKey, s.Color, s.Meaning)).ToListAsync(cancellationToken);
        return new TaskTemplateForm(users, statuses, await PipelineOption.ActiveAsync(db, openOnly: false, cancellationToken));
    }

    public async Task<Result<TaskTemplateInput>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var input = IsAdmin
            ? await db.TaskTemplates.AsNoTracking().Where(t => t.Id == id).Select(t => new TaskTemplateInput
            {
                Name = t.Name,
                Title = t.Title,
                Text = t.Text,
                DueInDays = t.DueInDays,
                DueInHours = t.DueInHours,
                Priority = t.Priority,
                AssigneeRule = t.AssigneeRule,
                AssigneeId = t.AssigneeId,
                LeadStatusIds = t.Triggers.Where(r => r.LeadStatusId != null).Select(r => r.LeadStatusId!.Value).ToList(),
                StageIds = t.Triggers.Where(r => r.StageId != null).Select(r => r.StageId!.Value).ToList(),
            }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return input is null ? Result<TaskTemplateInput>.NotFound() : Result<TaskTemplateInput>.Ok(input);
    }

    public async Task<Result<int>> CreateAsync(TaskTemplateInput input, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<int>.NotFound();
        }

        var failures = await ValidateAsync(input, null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var template = new TaskTemplate();
        Apply(template, input, []);
        db.TaskTemplates.Add(template);
        return await db.SaveOrNameTakenAsync(NameTaken, cancellationToken) is { } taken ? Result<int>.Fail(taken) : Result<int>.Ok(template.Id);
    }

    public async Task<Result> UpdateAsync(int id, TaskTemplateInput input, CancellationToken cancellationToken)
    {
        var template = IsAdmin ? await db.TaskTemplates.Include(t => t.Triggers).SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (template is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(input, template, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        // The stages of pipelines archived since are not on the form: they stay attached until it is restored.
        var attachedStages = template.Triggers.Select(t => t.StageId).OfType<int>().ToList();
        var hidden = await db.Stages.AsNoTracking().Where(s => attachedStages.Contains(s.Id) && s.Pipeline!.IsArchived).Select(s => s.Id).ToListAsync(cancellationToken);
        Apply(template, input, hidden);
        return await db.SaveOrNameTakenAsync(NameTaken, cancellationToken) is { } taken ? Result.Fail(taken) : Result.Success;
    }

    /// <summary>
    /// Deletes a template that never made a task; one that did is archived instead (true in the
    /// result), so the timelines' lines keep their rule. Either way it fires no more.
    /// </summary>
    public async Task<Result<bool>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var template = IsAdmin ? await db.TaskTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (template is null)
        {
            return Result<bool>.NotFound();
        }

        var used = await db.TaskTemplateFirings.AnyAsync(f => f.TaskTemplateId == id, cancellationToken);
        if (used)
        {
            template.IsArchived = true;
        }
        else
        {
            db.TaskTemplates.Remove(template);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<bool>.Ok(used);
    }

    /// <summary>Brings an archived template back: it fires again on the statuses it is still attached to.</summary>
    public async Task<Result> RestoreAsync(int id, CancellationToken cancellationToken)
    {
        var template = IsAdmin ? await db.TaskTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (template is null)
        {
            return Result.NotFound();
        }

        template.IsArchived = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private static Failure NameTaken => new(TaskTemplateMessages.NameTaken, nameof(TaskTemplateInput.Name));

    private static void Apply(TaskTemplate template, TaskTemplateInput input, List<int> hiddenStageIds)
    {
        template.Name = input.Name!.Trim();
        template.Title = input.Title!.Trim();
        template.Text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        template.DueInDays = input.DueInDays;
        template.DueInHours = input.DueInHours;
        template.Priority = input.Priority;
        template.AssigneeRule = input.AssigneeRule;
        template.AssigneeId = input.AssigneeRule == TaskTemplateAssigneeRule.SpecificUser ? input.AssigneeId : null;
        var wanted = input.LeadStatusIds.Distinct().ToList();
        template.Triggers.RemoveAll(t => t.LeadStatusId is { } statusId && !wanted.Contains(statusId));
        foreach (var statusId in wanted.Where(s => template.Triggers.All(t => t.LeadStatusId != s)))
        {
            template.Triggers.Add(new TaskTemplateTrigger { LeadStatusId = statusId });
        }

        var stages = input.StageIds.Union(hiddenStageIds).ToList();
        template.Triggers.RemoveAll(t => t.StageId is { } stageId && !stages.Contains(stageId));
        foreach (var stageId in stages.Where(s => template.Triggers.All(t => t.StageId != s)))
        {
            template.Triggers.Add(new TaskTemplateTrigger { StageId = stageId });
        }
    }

    private async Task<List<Failure>> ValidateAsync(TaskTemplateInput input, TaskTemplate? current, CancellationToken cancellationToken)
    {
        var failures = input.Validate();
        if (failures.All(f => f.Field != nameof(TaskTemplateInput.Name)))
        {
            var others = await db.TaskTemplates.AsNoTracking().Where(t => t.Id != (current == null ? 0 : current.Id)).Select(t => t.Name).ToListAsync(cancellationToken);
            if (LeadConfigurationNames.IsTaken(others, input.Name!))
            {
                failures.Add(NameTaken);
            }
        }

        // A template keeps its user after they leave (firing then falls back); a newly chosen one must be active.
        if (input.AssigneeRule == TaskTemplateAssigneeRule.SpecificUser && !string.IsNullOrWhiteSpace(input.AssigneeId)
            && input.AssigneeId != current?.AssigneeId
            && !await db.Users.AnyAsync(u => u.Id == input.AssigneeId && u.IsActive, cancellationToken))
        {
            failures.Add(new Failure(TaskTemplateMessages.AssigneeInactive, nameof(TaskTemplateInput.AssigneeId)));
        }

        var statusIds = input.LeadStatusIds.Distinct().ToList();
        if (statusIds.Count > 0 && await db.LeadStatuses.CountAsync(s => statusIds.Contains(s.Id), cancellationToken) != statusIds.Count)
        {
            failures.Add(new Failure(TaskTemplateMessages.StatusUnknown, nameof(TaskTemplateInput.LeadStatusIds)));
        }

        // Only stages the form offers: those of active pipelines (a posted id of an archived one or none at all is refused).
        var stageIds = input.StageIds.Distinct().ToList();
        if (stageIds.Count > 0 && await db.Stages.CountAsync(s => stageIds.Contains(s.Id) && !s.Pipeline!.IsArchived, cancellationToken) != stageIds.Count)
        {
            failures.Add(new Failure(TaskTemplateMessages.StageUnknown, nameof(TaskTemplateInput.StageIds)));
        }

        return failures;
    }
}
