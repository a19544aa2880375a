namespace SimpleCrm.Application.Notes;

/// <summary>Message keys and history actions of notes; each message is a key in the resource files.</summary>
public static class NoteMessages
{
    public const string NotYours = "Notes.NotYours";

    public const string Added = "NoteAdded";
    public const string Edited = "NoteEdited";
    public const string Deleted = "NoteDeleted";

    /// <summary>History action on the record notes were moved to (a converted lead's contact).</summary>
    public const string Arrived = "NotesArrived";
}
