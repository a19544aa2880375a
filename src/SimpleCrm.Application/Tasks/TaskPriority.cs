namespace SimpleCrm.Application.Tasks;

/// <summary>How urgent a task is; stored as its number, so the order sorts.</summary>
public enum TaskPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
}
