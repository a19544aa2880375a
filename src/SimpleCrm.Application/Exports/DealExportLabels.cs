using SimpleCrm.Application.Deals;

namespace SimpleCrm.Application.Exports;

/// <summary>
/// The words of a deal export in the user's language: the column titles and a stage's name (a template
/// stage reads in the user's language until renamed, which only the web layer's localizer knows).
/// </summary>
public sealed record DealExportLabels(IReadOnlyList<string> Headers, Func<DealListItem, string> StageName)
{
    /// <summary>Contact, email, label, stage, value, currency, responsible, close by, last activity.</summary>
    public const int ColumnCount = 9;

    internal const int ValueColumn = 4;

    internal const int CloseByColumn = 7;

    internal const int LastActivityColumn = 8;

    /// <summary>The row's text cells, neutralised, in column order; value and dates empty (each writer writes them in its own form).</summary>
    internal string[] TextCells(DealListItem row) =>
    [
        CellNeutralizer.Neutralize(row.ContactName),
        CellNeutralizer.Neutralize(row.Email),
        CellNeutralizer.Neutralize(row.Label),
        CellNeutralizer.Neutralize(StageName(row)),
        string.Empty,
        CellNeutralizer.Neutralize(row.Currency),
        CellNeutralizer.Neutralize(row.ResponsibleName),
        string.Empty,
        string.Empty,
    ];
}
