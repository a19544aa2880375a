using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Web.Shared;

/// <summary>
/// The custom fields of a lead, contact or deal form: the active fields in order and the posted or stored
/// entries. Inputs are named <c>Input.CustomFields[i]</c>; failures sit under <c>Input.CustomField{id}</c>.
/// A file field's input is <c>CustomFieldFile{id}</c> (files are not bound: <see cref="AttachUploads"/>).
/// </summary>
public sealed record CustomFieldInputsModel(IReadOnlyList<CustomFieldDefinition> Fields, IReadOnlyList<CustomFieldEntry> Entries)
{
    public const string Prefix = "Input.CustomFields";

    public const string FilePrefix = "CustomFieldFile";

    /// <summary>The largest file a file field takes, for its hint.</summary>
    public long MaxUploadBytes { get; init; }

    /// <summary>Whether the form has a file field, and so must be posted as multipart.</summary>
    public bool HasFiles => Fields.Any(f => f.Type == CustomFieldType.File);

    public static string FileInputName(int fieldId) => FilePrefix + fieldId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Puts each file of a multipart form on its field's entry (one is added for a field the form did not list).</summary>
    public static void AttachUploads(HttpRequest request, List<CustomFieldEntry> entries)
    {
        if (!request.HasFormContentType)
        {
            return;
        }

        foreach (var file in request.Form.Files)
        {
            if (!file.Name.StartsWith(FilePrefix, StringComparison.Ordinal)
                || !int.TryParse(file.Name.AsSpan(FilePrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var fieldId))
            {
                continue;
            }

            var entry = entries.FirstOrDefault(e => e.FieldId == fieldId);
            if (entry is null)
            {
                entry = new CustomFieldEntry { FieldId = fieldId };
                entries.Add(entry);
            }

            entry.Upload = new CustomFieldUpload(file.FileName, file.OpenReadStream());
        }
    }

    /// <summary>
    /// The form's model. Editing, a file field whose posted entry does not name its current file (a form
    /// shown again) gets the stored one, so "current file" and "remove" still show.
    /// </summary>
    public static async Task<CustomFieldInputsModel> ForFormAsync(
        CustomFieldEditor editor, CustomFieldRecordType recordType, List<CustomFieldEntry> entries, int? recordId, long maxUploadBytes, CancellationToken cancellationToken)
    {
        var fields = await editor.DefinitionsAsync(recordType, cancellationToken);
        if (recordId is { } id && fields.Any(f => f.Type == CustomFieldType.File) && entries.Any(e => e.FileName is null))
        {
            var stored = await editor.EntriesAsync(recordType, id, cancellationToken);
            foreach (var entry in entries.Where(e => e.FileName is null))
            {
                entry.FileName = stored.FirstOrDefault(s => s.FieldId == entry.FieldId)?.FileName;
            }
        }

        return new CustomFieldInputsModel(fields, entries) { MaxUploadBytes = maxUploadBytes };
    }

    public CustomFieldEntry EntryFor(int fieldId) => Entries.FirstOrDefault(e => e.FieldId == fieldId) ?? new CustomFieldEntry { FieldId = fieldId };

    public static string ErrorKey(int fieldId) => "Input." + CustomFieldEntry.ErrorKey(fieldId);

    /// <summary>The options a choice input offers: the active ones and any retired one the entry still holds.</summary>
    public static IEnumerable<CustomFieldChoice> Offered(CustomFieldDefinition field, CustomFieldEntry entry) =>
        field.Options.Where(o => !o.IsRetired || entry.Values.Contains(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
