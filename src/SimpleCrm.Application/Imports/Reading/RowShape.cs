namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Fits a row's fields to the header's width: a short row is padded with empty cells, a long one cut, and
/// either says so when it lost or lacked something (a CSV line with a field too few or too many is how
/// a stray delimiter shows). A field longer than the cap is emptied rather than stored half.
/// </summary>
internal static class RowShape
{
    public const int MaxFieldLength = 1_000_000;

    public static ImportRow Fit(int number, IReadOnlyList<ImportCell> fields, int width, bool shortIsRagged)
    {
        string? problem = null;
        var cells = new ImportCell[width];
        for (var i = 0; i < width; i++)
        {
            var cell = i < fields.Count ? fields[i] : default;
            if (cell.Text is { Length: > MaxFieldLength })
            {
                problem = ImportReadMessages.FieldTooLong;
                cell = default;
            }

            cells[i] = cell;
        }

        for (var i = width; i < fields.Count && problem is null; i++)
        {
            problem = fields[i].Text is null ? null : ImportReadMessages.RaggedRow;
        }

        if (problem is null && shortIsRagged && fields.Count < width)
        {
            problem = ImportReadMessages.RaggedRow;
        }

        return new ImportRow(number, cells, problem);
    }

    public static bool IsEmpty(IReadOnlyList<ImportCell> fields) => fields.All(f => f.Text is null);
}
