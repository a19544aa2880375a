namespace SimpleCrm.Application.Imports;

/// <summary>One mapped column: its index in the file and its target (a field key, a custom field id, the note, or nothing).</summary>
public sealed record ImportColumn(int Index, ImportTargetKind Target, string? FieldKey = null, int? CustomFieldId = null);
