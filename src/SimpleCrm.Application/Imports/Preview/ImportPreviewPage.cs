namespace SimpleCrm.Application.Imports;

/// <summary>The preview of an import: its mapped columns and the first rows as the run will save them.</summary>
public sealed record ImportPreviewPage(IReadOnlyList<ImportPreviewColumn> Columns, IReadOnlyList<ImportPreviewRow> Rows);
