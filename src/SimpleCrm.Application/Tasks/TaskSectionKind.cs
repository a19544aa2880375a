namespace SimpleCrm.Application.Tasks;

/// <summary>The sections of the task list, in their order: open tasks by when they are due, then done ones.</summary>
public enum TaskSectionKind
{
    Overdue,
    Today,
    ThisWeek,
    Later,
    Done,
}
