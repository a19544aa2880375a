namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// One value of a custom field on one record, in the typed column its field's type uses, so a filter
/// or sort on one field walks an index led by the field id. A multi-choice value is one row per
/// chosen option. <see cref="RecordId"/> is the lead's, contact's or deal's id, as the field's
/// record type says (no foreign key: one table serves them all).
/// </summary>
public sealed class CustomFieldValue
{
    public int Id { get; set; }

    public int FieldId { get; set; }

    public CustomField? Field { get; set; }

    public int RecordId { get; set; }

    public string? TextValue { get; set; }

    /// <summary>The text folded (lower case, no diacritics): what the "contains" filter and the sort compare.</summary>
    public string? TextKey { get; set; }

    public decimal? NumberValue { get; set; }

    /// <summary>
    /// The number (or amount) as a floating-point key: what range filters and sorts compare. SQLite
    /// keeps decimals as text and compares them through a function no index serves; a REAL column
    /// compares natively on both providers, so (FieldId, NumberKey) is an index seek everywhere.
    /// </summary>
    public double? NumberKey { get; set; }

    /// <summary>ISO 4217 code of a money value ("PLN").</summary>
    public string? Currency { get; set; }

    public DateTime? DateValue { get; set; }

    public bool? BoolValue { get; set; }

    public int? OptionId { get; set; }

    public CustomFieldOption? Option { get; set; }

    /// <summary>A file field's file: one of the record's files (deleting that file clears the value).</summary>
    public int? FileId { get; set; }

    public Files.RecordFile? File { get; set; }
}
