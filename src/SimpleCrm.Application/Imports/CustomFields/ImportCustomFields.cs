using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The custom field columns of a run (or preview), read once: each mapped field's definition, and the
/// required fields a row must give a value for. A row's cells become the value rows the forms save
/// (<see cref="CustomFieldValue"/>, through <see cref="ImportCustomFieldValues"/>), or the reason they cannot.
/// </summary>
internal sealed class ImportCustomFields
{
    private readonly IReadOnlyList<(ImportColumn Column, CustomFieldDefinition Field)> _mapped;
    private readonly IReadOnlyList<CustomFieldDefinition> _required;

    private ImportCustomFields(IReadOnlyList<(ImportColumn, CustomFieldDefinition)> mapped, IReadOnlyList<CustomFieldDefinition> required) =>
        (_mapped, _required) = (mapped, required);

    public static ImportCustomFields None { get; } = new([], []);

    public static async Task<ImportCustomFields> LoadAsync(CrmDbContext db, CustomFieldRecordType recordType, IReadOnlyList<ImportColumn> columns, CancellationToken cancellationToken)
    {
        var definitions = (await CustomFieldEditor.DefinitionsAsync(db, recordType, cancellationToken)).Where(d => d.Type != CustomFieldType.File).ToDictionary(d => d.Id);
        var mapped = columns.Where(c => c.Target == ImportTargetKind.CustomField && c.CustomFieldId is { } id && definitions.ContainsKey(id))
            .Select(c => (c, definitions[c.CustomFieldId!.Value])).ToList();

        // A required choice field offers nothing to choose before its options exist: it cannot be required yet (as on the forms).
        var required = definitions.Values.Where(d => d.IsRequired && (!CustomField.HasOptions(d.Type) || d.ActiveOptions.Any())).ToList();
        return new ImportCustomFields(mapped, required);
    }

    /// <summary>A field's rows as the preview shows them: text, invariant number (and currency), ISO date, true/false, option labels.</summary>
    public string? Shown(int fieldId, IReadOnlyList<CustomFieldValue> rows)
    {
        var field = _mapped.Select(m => m.Field).FirstOrDefault(f => f.Id == fieldId);
        return field is null || rows.Count == 0 ? null : string.Join(", ", rows.Select(v =>
            v.OptionId is { } option ? field.Options.First(o => o.Id == option).Label
            : v.BoolValue is { } yes ? (yes ? "true" : "false")
            : v.NumberValue is { } number ? (number.ToString(CultureInfo.InvariantCulture) + (v.Currency is null ? null : " " + v.Currency))
            : v.DateValue is { } date ? date.ToString(field.Type == CustomFieldType.Date ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : v.TextValue));
    }

    /// <summary>The row's values by field id (fields whose cell was empty are absent: an update leaves them as they are), and its first problem.</summary>
    public (IReadOnlyDictionary<int, IReadOnlyList<CustomFieldValue>> Values, Failure? Problem) Read(ImportRow row, CultureInfo culture, Func<int, string> headerOf)
    {
        var values = new Dictionary<int, IReadOnlyList<CustomFieldValue>>();
        Failure? problem = null;
        foreach (var (column, field) in _mapped)
        {
            var cell = column.Index < row.Cells.Count ? row.Cells[column.Index] : default;
            if (ImportValues.Text(cell) is null)
            {
                continue;
            }

            var (parsed, failure) = ImportCustomFieldValues.Parse(field, cell, culture);
            if (failure is not null)
            {
                problem ??= new Failure(failure, headerOf(column.Index));
            }
            else
            {
                values[field.Id] = parsed;
            }
        }

        problem ??= _required.Where(r => !values.ContainsKey(r.Id)).Select(r => new Failure(ImportMessages.CustomFieldRequired, r.Label)).FirstOrDefault();
        return (values, problem);
    }
}
