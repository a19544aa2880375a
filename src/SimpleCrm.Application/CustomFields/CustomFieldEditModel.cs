namespace SimpleCrm.Application.CustomFields;

/// <summary>A field as its edit page starts: the form's input and, for a choice field, its options in order.</summary>
public sealed record CustomFieldEditModel(CustomFieldRecordType RecordType, CustomFieldInput Input, bool IsArchived, bool HasValues, IReadOnlyList<CustomFieldChoice> Options);
