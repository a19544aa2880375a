namespace SimpleCrm.Application.CustomFields;

/// <summary>One field on Admin > Custom fields, in order, with how many records have a value in it.</summary>
public sealed record CustomFieldListItem(int Id, string Label, CustomFieldType Type, bool IsRequired, bool IsArchived, int OptionCount, int RecordCount);
