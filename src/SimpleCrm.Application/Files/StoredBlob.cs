namespace SimpleCrm.Application.Files;

/// <summary>Bytes written to the file store: their generated name, length and SHA-256 (lower-case hex).</summary>
public sealed record StoredBlob(string Name, long Length, string Sha256);
