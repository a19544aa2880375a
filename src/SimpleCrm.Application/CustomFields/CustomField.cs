using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// A field the admin adds to leads, contacts or deals: a label users see, a type, required or not,
/// a place in the form's order. Archiving hides it everywhere and keeps its values.
/// </summary>
public sealed class CustomField : IPositioned
{
    public int Id { get; set; }

    public CustomFieldRecordType RecordType { get; set; }

    public string Label { get; set; } = string.Empty;

    /// <summary>The label upper-cased: unique per record type, so "Budget" and "BUDGET" (or "Łódź" and "ŁÓDŹ") clash on both providers.</summary>
    public string LabelKey { get; set; } = string.Empty;

    public CustomFieldType Type { get; set; }

    public bool IsRequired { get; set; }

    public int Position { get; set; }

    public bool IsArchived { get; set; }

    public List<CustomFieldOption> Options { get; set; } = [];

    public static string KeyOf(string label) => label.Trim().ToUpperInvariant();

    public static bool HasOptions(CustomFieldType type) => type is CustomFieldType.SingleChoice or CustomFieldType.MultiChoice;
}
