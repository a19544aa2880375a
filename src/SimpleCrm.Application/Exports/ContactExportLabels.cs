using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Exports;

/// <summary>The words of an export in the user's language: the column titles, the kinds and yes/no; the custom fields' labels follow the fixed titles.</summary>
public sealed record ContactExportLabels(IReadOnlyList<string> Headers, string Person, string Company)
{
    /// <summary>How many fixed columns an export has: name, kind, company, position, emails, phones, city, country, responsible, created, tags.</summary>
    public const int ColumnCount = 11;

    /// <summary>Several values in one cell (emails, phones, tags) are joined with this.</summary>
    public const string ListSeparator = ", ";

    /// <summary>What a yes/no custom field says when set.</summary>
    public string Yes { get; init; } = "Yes";

    public string No { get; init; } = "No";

    public string KindOf(ContactKind kind) => kind == ContactKind.Company ? Company : Person;

    /// <summary>The row's cells as text, neutralised, in column order; the created date separately.</summary>
    internal string[] TextCells(ContactExportRow row) =>
    [
        CellNeutralizer.Neutralize(row.Name),
        CellNeutralizer.Neutralize(KindOf(row.Kind)),
        CellNeutralizer.Neutralize(row.Company),
        CellNeutralizer.Neutralize(row.Position),
        CellNeutralizer.Neutralize(string.Join(ListSeparator, row.Emails)),
        CellNeutralizer.Neutralize(string.Join(ListSeparator, row.Phones)),
        CellNeutralizer.Neutralize(row.City),
        CellNeutralizer.Neutralize(row.Country),
        CellNeutralizer.Neutralize(row.Responsible),
        string.Empty,
        CellNeutralizer.Neutralize(string.Join(ListSeparator, row.Tags)),
        .. (row.Custom ?? []).Select(value => CellNeutralizer.Neutralize(value?.ToExportText(Yes, No))),
    ];

    internal const int CreatedColumn = 9;
}
