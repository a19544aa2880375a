namespace SimpleCrm.Application.Imports.Reading;

/// <summary>One cell of an imported row: its text (null when empty) and how to read it.</summary>
public readonly record struct ImportCell(string? Text, ImportCellKind Kind)
{
    public static ImportCell Of(string? text) => new(string.IsNullOrWhiteSpace(text) ? null : text, ImportCellKind.Text);
}
