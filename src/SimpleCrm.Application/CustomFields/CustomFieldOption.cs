using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.CustomFields;

/// <summary>One choice of a single- or multi-choice field. A retired option is no longer offered but stays on the records that have it.</summary>
public sealed class CustomFieldOption : IPositioned
{
    public int Id { get; set; }

    public int FieldId { get; set; }

    public CustomField? Field { get; set; }

    public string Label { get; set; } = string.Empty;

    public int Position { get; set; }

    public bool IsRetired { get; set; }
}
