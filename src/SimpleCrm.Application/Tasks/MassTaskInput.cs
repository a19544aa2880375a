namespace SimpleCrm.Application.Tasks;

/// <summary>The mass task form: the one task every selected record gets, and who gets each of them.</summary>
public sealed class MassTaskInput
{
    /// <summary>Title, text, due date and time, priority; <see cref="TaskInput.AssigneeId"/> is the chosen user.</summary>
    public TaskInput Task { get; set; } = new();

    public MassTaskAssignee Assignee { get; set; } = MassTaskAssignee.Responsible;
}
