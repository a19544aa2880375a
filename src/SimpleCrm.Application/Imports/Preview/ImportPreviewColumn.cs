namespace SimpleCrm.Application.Imports;

/// <summary>One mapped (not ignored) column: where it goes and the file's header above it.</summary>
public sealed record ImportPreviewColumn(ImportColumn Column, string Header);
