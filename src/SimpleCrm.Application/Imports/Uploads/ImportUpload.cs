namespace SimpleCrm.Application.Imports.Uploads;

/// <summary>
/// A file the wizard stored before its user finished: the wizard may be abandoned, so without this
/// row nothing would ever know the file is there (<see cref="ImportUploadCleanup"/> removes it later
/// unless it became an <see cref="Import"/>).
/// </summary>
public sealed class ImportUpload
{
    public const int StoredFileNameMaxLength = 64;

    public int Id { get; set; }

    /// <summary>The file store's generated name, as in <see cref="Import.StoredFileName"/>.</summary>
    public string StoredFileName { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public DateTime UploadedAt { get; set; }
}
