namespace SimpleCrm.Application.TaskTemplates;

/// <summary>Whose task a template makes.</summary>
public enum TaskTemplateAssigneeRule
{
    /// <summary>The record's responsible user (the user who made the change when it has none, or they left).</summary>
    ResponsibleUser = 0,

    /// <summary>One chosen user; when they are no longer active, the record's responsible user.</summary>
    SpecificUser = 1,

    /// <summary>The user whose action put the record in the status.</summary>
    ChangingUser = 2,
}
