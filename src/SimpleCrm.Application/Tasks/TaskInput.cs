namespace SimpleCrm.Application.Tasks;

/// <summary>What the task form (or the quick add: title and due date only) sends.</summary>
public sealed class TaskInput
{
    public string? Title { get; set; }

    public string? Text { get; set; }

    /// <summary>The due day in the app's time zone; none: no due date.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>The due time of day; none: the end of <see cref="DueDate"/>.</summary>
    public TimeOnly? DueTime { get; set; }

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    /// <summary>An active user's id; none: the user who creates the task.</summary>
    public string? AssigneeId { get; set; }
}
