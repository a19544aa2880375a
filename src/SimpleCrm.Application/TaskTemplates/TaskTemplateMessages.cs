namespace SimpleCrm.Application.TaskTemplates;

/// <summary>Message keys of Admin > Task templates; each is a key in the resource files.</summary>
public static class TaskTemplateMessages
{
    public const string NameTaken = "TaskTemplates.NameTaken";
    public const string DaysOutOfRange = "TaskTemplates.DaysOutOfRange";
    public const string HoursOutOfRange = "TaskTemplates.HoursOutOfRange";
    public const string PriorityInvalid = "TaskTemplates.PriorityInvalid";
    public const string RuleInvalid = "TaskTemplates.RuleInvalid";
    public const string AssigneeRequired = "TaskTemplates.AssigneeRequired";
    public const string AssigneeInactive = "TaskTemplates.AssigneeInactive";
    public const string StatusUnknown = "TaskTemplates.StatusUnknown";
    public const string StageUnknown = "TaskTemplates.StageUnknown";
    public const string Gone = "TaskTemplates.Gone";
}
