namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// A data row of an imported file: its number as the user sees it (the line or sheet row, header
/// being 1) and its cells in header order; a ragged row is padded or cut to the header's width by the reader,
/// which says so in <see cref="Problem"/>.
/// </summary>
public sealed record ImportRow(int Number, IReadOnlyList<ImportCell> Cells, string? Problem = null);
