namespace SimpleCrm.Application.Activities;

/// <summary>Message keys and history actions of activities; each message is a key in the resource files.</summary>
public static class ActivityMessages
{
    public const string NotYours = "Activities.NotYours";
    public const string DurationOutOfRange = "Activities.DurationOutOfRange";
    public const string TooFarAhead = "Activities.TooFarAhead";

    /// <summary>
    /// History actions. Logging writes no line: the activity itself is the timeline's line. An edit
    /// and a delete leave one, so a changed or vanished call is still accounted for.
    /// </summary>
    public const string Edited = "ActivityEdited";
    public const string Deleted = "ActivityDeleted";

    /// <summary>History action on the record activities were moved to (a converted lead's contact).</summary>
    public const string Arrived = "ActivitiesArrived";
}
