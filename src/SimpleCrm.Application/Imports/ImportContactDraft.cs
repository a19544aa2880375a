using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>A data row read as a contact: the input to validate, the fields the file gave a value for, its tags, its note, or why it cannot be read.</summary>
public sealed record ImportContactDraft(
    ImportRow Row,
    ContactInput Input,
    IReadOnlySet<string> Given,
    IReadOnlyList<string> Tags,
    string? Note,
    Failure? Problem)
{
    /// <summary>The custom fields' value rows by field id (only the fields the row had a cell for).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<CustomFieldValue>> CustomValues { get; init; } = new Dictionary<int, IReadOnlyList<CustomFieldValue>>();
}
