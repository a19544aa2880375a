using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>Contact rows of the preview: checked by the run's rules, placed by its duplicate policy, their values shown as they will be saved.</summary>
internal sealed class ImportContactPreview(
    CrmDbContext db, ICurrentUser user, ImportContactMapping mapping, ContactValidator validator, PhoneNormalizer phones, IReadOnlyList<ImportColumn> columns, Import import)
{
    public async Task<IReadOnlyList<ImportPreviewRow>> RowsAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var checkedRows = new List<ImportCheckedContact>(rows.Count);
        foreach (var row in rows)
        {
            checkedRows.Add(await ImportContactRows.CheckAsync(mapping, validator, row, cancellationToken));
        }

        var keys = checkedRows.Where(c => c.Problems.Count == 0).SelectMany(c => ImportContactRows.KeysOf(c.Validated)).Distinct().ToList();
        var known = await KnownContacts.FindAsync(db, user, updatingImportId: null, keys, cancellationToken);
        return new ImportPreviewDuplicates(import.DuplicatePolicy, known.Match).Rows(
            checkedRows, c => c.Draft.Row, c => c.Problems, c => [.. ImportContactRows.KeysOf(c.Validated)], c => [.. columns.Select(column => ValueOf(column, c))]);
    }

    private string? ValueOf(ImportColumn column, ImportCheckedContact row)
    {
        var cell = column.Index < row.Draft.Row.Cells.Count ? row.Draft.Row.Cells[column.Index] : default;
        if (ImportValues.Text(cell) is not { } text)
        {
            return null;
        }

        return column.Target switch
        {
            ImportTargetKind.Note => text,
            ImportTargetKind.Field => column.FieldKey switch
            {
                ImportFields.Email => row.Validated.Emails.Any(e => string.Equals(e.Normalized, text, StringComparison.OrdinalIgnoreCase)) ? text : null,
                ImportFields.Phone => phones.ToE164(text) is { } e164 && row.Validated.Phones.Any(p => p.E164 == e164) ? e164 : null,
                ImportFields.BirthDate => ImportValues.Date(cell, import.ValueCulture).Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ImportFields.Kind => row.Draft.Input.Kind.ToString(),
                ImportFields.Tags => string.Join(", ", ImportValues.Tags(cell)),
                _ => text,
            },
            ImportTargetKind.CustomField when column.CustomFieldId is { } fieldId =>
                mapping.CustomFields.Shown(fieldId, row.Draft.CustomValues.GetValueOrDefault(fieldId) ?? []),
            _ => null,
        };
    }
}
