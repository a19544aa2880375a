using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// The outcome of checking a form's custom field entries: the failures, or for each field the form
/// posted, the value rows it should hold (none when emptied). Fields the form did not post are absent:
/// an edit leaves their values as they are.
/// </summary>
public sealed record ValidatedCustomFields(IReadOnlyList<Failure> Failures, IReadOnlyDictionary<int, IReadOnlyList<CustomFieldValue>> Rows)
{
    public static ValidatedCustomFields None { get; } = new([], new Dictionary<int, IReadOnlyList<CustomFieldValue>>());

    public bool IsValid => Failures.Count == 0;
}
