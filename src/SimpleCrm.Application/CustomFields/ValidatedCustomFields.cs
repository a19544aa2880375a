using SimpleCrm.Application.Common;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// The outcome of checking a form's custom field entries: the failures, or for each field the form
/// posted, the value rows it should hold (none when emptied). Fields the form did not post are absent:
/// an edit leaves their values as they are. <see cref="Files"/>: the files posted for file fields,
/// already checked and on disk, not yet saved; the record's command keeps them only if it saves.
/// </summary>
public sealed record ValidatedCustomFields(IReadOnlyList<Failure> Failures, IReadOnlyDictionary<int, IReadOnlyList<CustomFieldValue>> Rows)
{
    public static ValidatedCustomFields None { get; } = new([], new Dictionary<int, IReadOnlyList<CustomFieldValue>>());

    public IReadOnlyDictionary<int, RecordFile> Files { get; init; } = new Dictionary<int, RecordFile>();

    public CustomFieldRecordType RecordType { get; init; }

    /// <summary>The entries are an existing record's edit: its changed fields get history lines.</summary>
    public bool IsEdit { get; init; }

    public bool IsValid => Failures.Count == 0;
}
