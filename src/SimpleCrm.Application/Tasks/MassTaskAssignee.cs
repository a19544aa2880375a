namespace SimpleCrm.Application.Tasks;

/// <summary>Who gets the tasks of a mass task creation.</summary>
public enum MassTaskAssignee
{
    /// <summary>Each record's responsible user; a record without one (or whose owner left) gives its task to the user who creates them.</summary>
    Responsible = 0,

    /// <summary>One active user chosen on the form, for every record.</summary>
    ChosenUser = 1,
}
