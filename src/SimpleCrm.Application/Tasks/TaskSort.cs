namespace SimpleCrm.Application.Tasks;

/// <summary>The orders of the open sections of the task list; done tasks are always newest done first.</summary>
public enum TaskSort
{
    Due,
    Priority,
    Title,
    Created,
}
