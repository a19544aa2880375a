using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>
/// What the task form posts, as text: the date ("2026-11-25"), time ("14:30") and priority are read
/// here, so a mangled value gets our message on its field rather than the binder's English one.
/// </summary>
public sealed class TaskForm
{
    public const string DateInvalid = "Tasks.DateInvalid";

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? DueDate { get; set; }

    public string? DueTime { get; set; }

    public string? Priority { get; set; }

    public string? AssigneeId { get; set; }

    public static TaskForm From(TaskInput input) => new()
    {
        Title = input.Title,
        Text = input.Text,
        DueDate = input.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DueTime = input.DueTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Priority = input.Priority.ToString(),
        AssigneeId = input.AssigneeId,
    };

    /// <summary>The service's input, or the fields that could not be read.</summary>
    public (TaskInput Input, List<Failure> Failures) ToInput()
    {
        var failures = new List<Failure>();
        var input = new TaskInput { Title = Title, Text = Text, AssigneeId = AssigneeId };
        if (!string.IsNullOrWhiteSpace(DueDate))
        {
            if (DateOnly.TryParseExact(DueDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                input.DueDate = date;
            }
            else
            {
                failures.Add(new Failure(DateInvalid, nameof(DueDate)));
            }
        }

        if (!string.IsNullOrWhiteSpace(DueTime))
        {
            if (TimeOnly.TryParseExact(DueTime.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                input.DueTime = time;
            }
            else
            {
                failures.Add(new Failure(DateInvalid, nameof(DueTime)));
            }
        }

        if (!string.IsNullOrWhiteSpace(Priority))
        {
            if (Enum.TryParse<TaskPriority>(Priority, ignoreCase: false, out var priority) && Enum.IsDefined(priority) && !char.IsDigit(Priority[0]))
            {
                input.Priority = priority;
            }
            else
            {
                failures.Add(new Failure(TaskMessages.PriorityInvalid, nameof(Priority)));
            }
        }

        return (input, failures);
    }
}
