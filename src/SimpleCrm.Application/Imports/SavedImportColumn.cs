namespace SimpleCrm.Application.Imports;

/// <summary>A saved mapping's column: found again by its header text, so the mapping fits a file whose columns moved.</summary>
public sealed record SavedImportColumn(string Header, ImportTargetKind Target, string? FieldKey = null, int? CustomFieldId = null);
