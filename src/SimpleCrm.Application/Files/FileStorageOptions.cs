namespace SimpleCrm.Application.Files;

/// <summary>Where uploaded files are kept and how big one may be ("Files" in the configuration).</summary>
public sealed class FileStorageOptions
{
    public const string Section = "Files";

    public const long DefaultMaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>The folder of the stored files; a relative path is relative to the working directory, as the SQLite file is.</summary>
    public string Root { get; set; } = Path.Combine("data", "files");

    public long MaxUploadBytes { get; set; } = DefaultMaxUploadBytes;
}
