using System.Globalization;
using SimpleCrm.Application.Imports;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>A column's target as the mapping select's option value: "" ignored, "note", "f:Email", "c:12".</summary>
public static class ImportTargetValue
{
    public const string Note = "note";
    private const string FieldPrefix = "f:";
    private const string CustomFieldPrefix = "c:";

    public static string Of(ImportColumn column) => column.Target switch
    {
        ImportTargetKind.Field => FieldPrefix + column.FieldKey,
        ImportTargetKind.CustomField => CustomFieldPrefix + column.CustomFieldId?.ToString(CultureInfo.InvariantCulture),
        ImportTargetKind.Note => Note,
        _ => string.Empty,
    };

    public static string OfField(string key) => FieldPrefix + key;

    public static string OfCustomField(int id) => CustomFieldPrefix + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The column a posted value stands for; anything unknown is an ignored column (the rules then check the targets exist).</summary>
    public static ImportColumn Parse(int index, string? value)
    {
        if (value == Note)
        {
            return new ImportColumn(index, ImportTargetKind.Note);
        }

        if (value?.StartsWith(FieldPrefix, StringComparison.Ordinal) == true)
        {
            return new ImportColumn(index, ImportTargetKind.Field, value[FieldPrefix.Length..]);
        }

        return value?.StartsWith(CustomFieldPrefix, StringComparison.Ordinal) == true
            && int.TryParse(value.AsSpan(CustomFieldPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new ImportColumn(index, ImportTargetKind.CustomField, CustomFieldId: id)
            : new ImportColumn(index, ImportTargetKind.Ignored);
    }
}
