using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// "Entering this status (or stage) fires that template." One row per template and lead status or
/// deal stage: exactly one of <see cref="LeadStatusId"/> and <see cref="StageId"/> is set (a check
/// constraint says so), so one table (and one firing log) serves every kind of record.
/// </summary>
public sealed class TaskTemplateTrigger
{
    public int Id { get; set; }

    public int TaskTemplateId { get; set; }

    public TaskTemplate? TaskTemplate { get; set; }

    public int? LeadStatusId { get; set; }

    public LeadStatus? LeadStatus { get; set; }

    public int? StageId { get; set; }

    public Stage? Stage { get; set; }
}
