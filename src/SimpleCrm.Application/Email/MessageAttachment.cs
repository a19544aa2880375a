namespace SimpleCrm.Application.Email;

/// <summary>A file to attach: the name the recipient sees, its type and its stored bytes' name.</summary>
public sealed record MessageAttachment(string FileName, string ContentType, string StoredName);
