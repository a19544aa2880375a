using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Files;

/// <summary>
/// A file uploaded to a record (a lead, a contact), found by <see cref="RecordType"/> and
/// <see cref="RecordId"/> as notes are. The bytes live on disk under <see cref="StoredName"/>, a name
/// the application generated; the user's <see cref="FileName"/> is only ever shown and offered back
/// as the download's name.
/// </summary>
public sealed class RecordFile : IAuditable
{
    public const int FileNameMaxLength = 255;
    public const int ContentTypeMaxLength = 100;

    public int Id { get; set; }

    /// <summary>One of <see cref="SimpleCrm.Application.History.HistoryRecordTypes"/>.</summary>
    public string RecordType { get; set; } = string.Empty;

    public int RecordId { get; set; }

    /// <summary>The uploaded file's name, cleaned of paths and control characters.</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>The generated name of the bytes under the file root (32 hex digits).</summary>
    public string StoredName { get; set; } = string.Empty;

    /// <summary>The type its content was recognised as ("application/pdf").</summary>
    public string ContentType { get; set; } = string.Empty;

    public long Length { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
