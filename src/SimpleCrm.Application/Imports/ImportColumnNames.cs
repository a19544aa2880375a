using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// Names a row's problem by the file's column, the name the user knows the value by: a validator's
/// "Email" is the Email column's header, "Emails[1]" the row's second filled email column.
/// </summary>
internal static class ImportColumnNames
{
    public static string HeaderOf(IReadOnlyList<string> headers, int index) =>
        index < headers.Count && !string.IsNullOrWhiteSpace(headers[index]) ? headers[index] : "#" + (index + 1);

    /// <summary>The failure with its field replaced by the column's header; no field when no filled column of the row holds it.</summary>
    public static Failure Locate(Failure failure, ImportRow row, IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> headers)
    {
        var field = failure.Field;
        if (field is null)
        {
            return failure;
        }

        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var key = bracket < 0 ? field : field[..bracket] switch
        {
            "Emails" => ImportFields.Email,
            "Phones" => ImportFields.Phone,
            var other => other,
        };
        var filled = columns.Where(c => c.Target == ImportTargetKind.Field && c.FieldKey == key
            && c.Index < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[c.Index].Text)).ToList();
        var position = bracket < 0 ? 0 : int.TryParse(field[(bracket + 1)..^1], CultureInfo.InvariantCulture, out var n) ? n : -1;
        return position >= 0 && position < filled.Count ? failure with { Field = HeaderOf(headers, filled[position].Index) } : failure with { Field = null };
    }
}
