namespace SimpleCrm.Application.Imports;

/// <summary>
/// A record an import created or updated: what undo deletes or restores. <see cref="VersionAfter"/> is
/// the record's version as the import left it: a record whose version has moved on was changed since,
/// and undo leaves it alone.
/// </summary>
public sealed class ImportChange
{
    public long Id { get; set; }

    public int ImportId { get; set; }

    /// <summary>One of <see cref="SimpleCrm.Application.History.HistoryRecordTypes"/>.</summary>
    public string RecordType { get; set; } = string.Empty;

    public int RecordId { get; set; }

    public ImportChangeKind Kind { get; set; }

    /// <summary>For an update: the fields' values before it, as JSON (<see cref="ImportBefore"/>).</summary>
    public string? Before { get; set; }

    public Guid VersionAfter { get; set; }

    /// <summary>Set by undo when it deleted or restored the record (a second undo passes it over).</summary>
    public bool Undone { get; set; }

    /// <summary>Set by undo when the record was changed since and so left alone.</summary>
    public bool UndoSkipped { get; set; }
}
