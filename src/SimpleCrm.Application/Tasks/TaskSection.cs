using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Tasks;

/// <summary>One section of the task list: its first rows (or the asked page) and how many there are.</summary>
public sealed record TaskSection(TaskSectionKind Kind, Page<TaskListItem> Tasks);
