namespace SimpleCrm.Application.Tasks;

/// <summary>Whether a task is still to do. Named apart from System.Threading.Tasks.TaskStatus.</summary>
public enum CrmTaskStatus
{
    Open = 0,
    Done = 1,
}
