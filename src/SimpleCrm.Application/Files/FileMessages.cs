namespace SimpleCrm.Application.Files;

/// <summary>Message keys and history actions of files; each message is a key in the resource files.</summary>
public static class FileMessages
{
    public const string Required = "Files.Required";
    public const string TooLarge = "Files.TooLarge";
    public const string Empty = "Files.Empty";
    public const string TypeNotAllowed = "Files.TypeNotAllowed";
    public const string ContentMismatch = "Files.ContentMismatch";
    public const string NotYours = "Files.NotYours";

    public const string Uploaded = "FileUploaded";
    public const string Deleted = "FileDeleted";

    /// <summary>History action on the record files were moved to (a converted lead's contact).</summary>
    public const string Arrived = "FilesArrived";
}
