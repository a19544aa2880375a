namespace SimpleCrm.Application.Files;

/// <summary>A file as a record's files list shows it, with whether the reader may delete it.</summary>
public sealed record FileItem(int Id, string FileName, long Length, string? UploaderName, DateTime CreatedAt, bool CanDelete);
