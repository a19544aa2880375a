using SimpleCrm.Application.Common;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>What the admin types for a task template, and the lead statuses and deal stages whose entry fires it.</summary>
public sealed class TaskTemplateInput
{
    public const int MaxHours = 23;

    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public int DueInDays { get; set; } = 1;

    public int DueInHours { get; set; }

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    public TaskTemplateAssigneeRule AssigneeRule { get; set; } = TaskTemplateAssigneeRule.ResponsibleUser;

    /// <summary>The user of the specific-user rule; ignored for the other rules.</summary>
    public string? AssigneeId { get; set; }

    public List<int> LeadStatusIds { get; set; } = [];

    /// <summary>Stages of active pipelines; a template keeps the stages of pipelines archived since (the form does not show them).</summary>
    public List<int> StageIds { get; set; } = [];

    /// <summary>The failures of the fields alone; the name's uniqueness, the user and the statuses need the database.</summary>
    public List<Failure> Validate()
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, Name, nameof(Name));
        FieldRules.MaxLength(failures, Name, TaskTemplate.NameMaxLength, nameof(Name));
        FieldRules.Require(failures, Title, nameof(Title));
        FieldRules.MaxLength(failures, Title, CrmTask.TitleMaxLength, nameof(Title));
        FieldRules.MaxLength(failures, Text, CrmTask.TextMaxLength, nameof(Text));
        if (DueInDays is < 0 or > TaskTemplate.MaxDueInDays)
        {
            failures.Add(new Failure(TaskTemplateMessages.DaysOutOfRange, nameof(DueInDays)));
        }

        if (DueInHours is < 0 or > MaxHours)
        {
            failures.Add(new Failure(TaskTemplateMessages.HoursOutOfRange, nameof(DueInHours)));
        }

        if (!Enum.IsDefined(Priority))
        {
            failures.Add(new Failure(TaskTemplateMessages.PriorityInvalid, nameof(Priority)));
        }

        if (!Enum.IsDefined(AssigneeRule))
        {
            failures.Add(new Failure(TaskTemplateMessages.RuleInvalid, nameof(AssigneeRule)));
        }
        else if (AssigneeRule == TaskTemplateAssigneeRule.SpecificUser && string.IsNullOrWhiteSpace(AssigneeId))
        {
            failures.Add(new Failure(TaskTemplateMessages.AssigneeRequired, nameof(AssigneeId)));
        }

        return failures;
    }
}
