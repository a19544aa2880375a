using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Notes;

/// <summary>
/// A note on any record (a lead, a contact), found by <see cref="RecordType"/> and <see cref="RecordId"/>
/// rather than a foreign key, so a lead's notes can follow it to the contact it is converted into.
/// </summary>
public sealed class Note : IAuditable
{
    public const int TextMaxLength = 4000;

    public int Id { get; set; }

    /// <summary>One of <see cref="SimpleCrm.Application.History.HistoryRecordTypes"/>.</summary>
    public string RecordType { get; set; } = string.Empty;

    public int RecordId { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
