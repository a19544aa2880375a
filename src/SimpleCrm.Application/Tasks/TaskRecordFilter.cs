namespace SimpleCrm.Application.Tasks;

/// <summary>Which tasks the list shows by what they belong to.</summary>
public enum TaskRecordFilter
{
    Any,
    Lead,
    Contact,
    Deal,
    None,
}
