namespace SimpleCrm.Application.Tasks;

/// <summary>Message keys and history actions of tasks; each message is a key in the resource files.</summary>
public static class TaskMessages
{
    public const string TimeWithoutDate = "Tasks.TimeWithoutDate";
    public const string AssigneeInactive = "Tasks.AssigneeInactive";
    public const string PriorityInvalid = "Tasks.PriorityInvalid";

    public const string Created = "TaskCreated";
    public const string Done = "TaskDone";
    public const string Reopened = "TaskReopened";

    /// <summary>History action on the record tasks were moved to (a converted lead's contact).</summary>
    public const string Arrived = "TasksArrived";
}
