using SimpleCrm.Application.Common;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// A reusable task (Admin > Task templates): what the task says, when it is due after the moment it
/// is made, its priority and whose it is. Lead statuses fire it on entry (<see cref="TaskTemplateTrigger"/>).
/// A template that has made tasks is archived rather than deleted, so the automation log still names it.
/// </summary>
public sealed class TaskTemplate : IAuditable
{
    public const int NameMaxLength = 100;

    public const int MaxDueInDays = 3650;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Text { get; set; }

    public int DueInDays { get; set; }

    public int DueInHours { get; set; }

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    public TaskTemplateAssigneeRule AssigneeRule { get; set; }

    /// <summary>The user of <see cref="TaskTemplateAssigneeRule.SpecificUser"/>; null for the other rules.</summary>
    public string? AssigneeId { get; set; }

    /// <summary>Archived templates fire no more and are not offered, but stay for the log.</summary>
    public bool IsArchived { get; set; }

    public List<TaskTemplateTrigger> Triggers { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
