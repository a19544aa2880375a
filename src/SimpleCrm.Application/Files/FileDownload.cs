namespace SimpleCrm.Application.Files;

/// <summary>What a download needs: the name to offer, the type to answer and where the bytes are.</summary>
public sealed record FileDownload(string FileName, string ContentType, string StoredName);
