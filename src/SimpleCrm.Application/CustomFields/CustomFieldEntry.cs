namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// What a lead or contact form posts for one custom field: its values as typed (one for most types,
/// the chosen option ids of a multi-choice field) and, for money, the currency. Entries of fields
/// that are unknown, archived or of another record type are ignored. A file field posts its upload
/// (set by the web layer from the multipart form, never bound from form values) or asks to be cleared.
/// </summary>
public sealed class CustomFieldEntry
{
    public int FieldId { get; set; }

    public List<string?> Values { get; set; } = [];

    public string? Currency { get; set; }

    /// <summary>A file field's new file; none keeps the file it has.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public CustomFieldUpload? Upload { get; set; }

    /// <summary>A file field: clear the value (the file itself stays among the record's files).</summary>
    public bool Remove { get; set; }

    /// <summary>A file field's current file as the edit form shows it (its name); never posted back.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public string? FileName { get; set; }

    /// <summary>The first value, trimmed; null when there is none.</summary>
    public string? Value => Values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    /// <summary>The field name a failure of field <paramref name="fieldId"/> is reported under (after the form's prefix).</summary>
    public static string ErrorKey(int fieldId) => "CustomField" + fieldId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
