using System.Globalization;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// What one record holds in one field, typed, for a card, a list column or an export to format. A
/// multi-choice field's options come in the field's order; a retired option keeps its label. A file
/// field's <see cref="Text"/> is the file's name and <see cref="FileId"/> the record file to download.
/// </summary>
public sealed record CustomFieldValueView(
    int FieldId,
    CustomFieldType Type,
    string? Text,
    decimal? Number,
    string? Currency,
    DateTime? Date,
    bool? Bool,
    IReadOnlyList<string> Options)
{
    public const string OptionSeparator = ", ";

    /// <summary>A file field's file, downloaded through the files' own visibility check.</summary>
    public int? FileId { get; init; }

    /// <summary>The value as an export cell: numbers and dates in invariant form, yes/no in the given words.</summary>
    public string ToExportText(string yes, string no) => Type switch
    {
        CustomFieldType.Number => Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        CustomFieldType.Money => Number is { } amount ? $"{amount.ToString("0.00", CultureInfo.InvariantCulture)} {Currency}".TrimEnd() : string.Empty,
        CustomFieldType.Date => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        CustomFieldType.DateTime => Date?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
        CustomFieldType.YesNo => Bool is { } b ? (b ? yes : no) : string.Empty,
        CustomFieldType.SingleChoice or CustomFieldType.MultiChoice => string.Join(OptionSeparator, Options),
        _ => Text ?? string.Empty,
    };
}
