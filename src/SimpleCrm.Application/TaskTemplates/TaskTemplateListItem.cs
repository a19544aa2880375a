using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>A row of Admin > Task templates: what it makes, for whom, which statuses and stages fire it and how often it has.</summary>
public sealed record TaskTemplateListItem(
    int Id,
    string Name,
    string Title,
    int DueInDays,
    int DueInHours,
    TaskPriority Priority,
    TaskTemplateAssigneeRule AssigneeRule,
    string? AssigneeName,
    bool IsArchived,
    IReadOnlyList<LeadStatusOption> Statuses,
    int FiredCount,
    IReadOnlyList<StageOption> Stages);
