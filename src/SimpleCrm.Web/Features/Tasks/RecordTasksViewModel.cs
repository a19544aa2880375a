using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>A record's tasks with the quick add form (its due date set to <see cref="Today"/>); <see cref="ReturnUrl"/> is the page they are shown on.</summary>
public sealed record RecordTasksViewModel(RecordRef Record, IReadOnlyList<TaskListItem> Tasks, string Today, string ReturnUrl);
