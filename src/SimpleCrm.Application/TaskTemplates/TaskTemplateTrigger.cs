using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// "Entering this status fires that template." One row per template and status; deal stages get a
/// nullable StageId column of their own beside <see cref="LeadStatusId"/> when pipelines arrive, so
/// one table (and one firing log) serves every kind of record.
/// </summary>
public sealed class TaskTemplateTrigger
{
    public int Id { get; set; }

    public int TaskTemplateId { get; set; }

    public TaskTemplate? TaskTemplate { get; set; }

    public int? LeadStatusId { get; set; }

    public LeadStatus? LeadStatus { get; set; }
}
