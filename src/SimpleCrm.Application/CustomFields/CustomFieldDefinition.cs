namespace SimpleCrm.Application.CustomFields;

/// <summary>An active field as forms and filters draw it: its options in order, retired ones included and flagged.</summary>
public sealed record CustomFieldDefinition(int Id, string Label, CustomFieldType Type, bool IsRequired, IReadOnlyList<CustomFieldChoice> Options)
{
    /// <summary>The options offered for a new choice: the ones not retired.</summary>
    public IEnumerable<CustomFieldChoice> ActiveOptions => Options.Where(o => !o.IsRetired);

    /// <summary>Whether a list can filter on it: a file field holds nothing to compare.</summary>
    public bool IsFilterable => Type != CustomFieldType.File;
}
