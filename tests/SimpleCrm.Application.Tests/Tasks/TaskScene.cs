using SimpleCrm.Application.Common;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Tasks;

/// <summary>Shortcuts of the task tests: add a task through the real command, read the list's sections.</summary>
internal static class TaskScene
{
    public static async Task<int> AddTaskAsync(this TestDatabase database, ICurrentUser user, RecordRef? record, string title, Action<TaskInput>? more = null)
    {
        var input = new TaskInput { Title = title };
        more?.Invoke(input);
        await using var db = database.Context(user);
        var result = await database.TaskCommands(db, user).CreateAsync(record, input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }

    public static async Task<Dictionary<TaskSectionKind, List<string>>> SectionsAsync(this TestDatabase database, ICurrentUser user, TaskListQuery? query = null)
    {
        await using var db = database.Context(user);
        var sections = await database.TaskQueries(db, user).ListAsync(query ?? new TaskListQuery(), CancellationToken.None);
        return sections.ToDictionary(s => s.Kind, s => s.Tasks.Items.Select(t => t.Title).ToList());
    }
}
