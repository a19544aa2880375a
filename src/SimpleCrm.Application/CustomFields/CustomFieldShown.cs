namespace SimpleCrm.Application.CustomFields;

/// <summary>An active field on a record's card: its label and what the record holds (null: nothing).</summary>
public sealed record CustomFieldShown(int FieldId, string Label, CustomFieldType Type, CustomFieldValueView? Value);
