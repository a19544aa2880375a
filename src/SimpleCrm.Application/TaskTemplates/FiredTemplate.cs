using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>What firing needs of a template attached to the status a record enters.</summary>
public sealed record FiredTemplate(
    int Id, string Name, string Title, string? Text, int DueInDays, int DueInHours, TaskPriority Priority, TaskTemplateAssigneeRule AssigneeRule, string? AssigneeId)
{
    /// <summary>
    /// When the task is due, counted from <paramref name="calendar"/>'s now: whole days alone make a
    /// task due that day (at its end, no time shown); hours make it due at that very hour.
    /// </summary>
    public (DateTime DueAt, bool HasTime) DueFrom(TaskCalendar calendar)
    {
        if (DueInHours == 0)
        {
            var today = DateOnly.FromDateTime(calendar.ToLocal(calendar.Now));
            return (calendar.DueAt(today.AddDays(DueInDays), null)!.Value, false);
        }

        return (calendar.Now.AddDays(DueInDays).AddHours(DueInHours), true);
    }

    /// <summary>The automation log's details: template and task, and whether the task went to the responsible user instead of an inactive one.</summary>
    public string LogDetails(bool fellBack) =>
        Name + TaskAutomation.Separator + Title + (fellBack ? TaskAutomation.Separator + TaskAutomation.FellBackMark : string.Empty);
}
