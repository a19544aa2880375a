namespace SimpleCrm.Application.Imports;

/// <summary>A saved mapping as the wizard offers it.</summary>
public sealed record SavedImportMappingItem(int Id, string Name, IReadOnlyList<SavedImportColumn> Columns);
