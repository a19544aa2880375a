namespace SimpleCrm.Application.Tasks;

/// <summary>
/// The task list's filters. <see cref="Assignee"/>: none for the user's own tasks ("My tasks"),
/// <see cref="Everyone"/> for every task the user may see, or a user's id. <see cref="Section"/>:
/// none for a preview of every section, or one section paged.
/// </summary>
public sealed record TaskListQuery
{
    public const string Everyone = "all";

    public string? Assignee { get; init; }

    public TaskRecordFilter Record { get; init; }

    public TaskPriority? Priority { get; init; }

    public TaskSort Sort { get; init; }

    public TaskSectionKind? Section { get; init; }

    public int Page { get; init; } = 1;
}
