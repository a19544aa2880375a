using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>Lead rows of the preview: checked by the run's rules, placed by its duplicate policy, their values shown as the lead will hold them.</summary>
internal sealed class ImportLeadPreview(CrmDbContext db, ICurrentUser user, ImportLeadMapping mapping, LeadValidator validator, IReadOnlyList<ImportColumn> columns, ImportDuplicatePolicy policy)
{
    public async Task<IReadOnlyList<ImportPreviewRow>> RowsAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var checkedRows = rows.Select(row => ImportLeadRows.Check(mapping, validator, row)).ToList();

        var keys = checkedRows.Where(c => c.Problems.Count == 0).SelectMany(c => ImportLeadRows.KeysOf(c.Incoming)).Distinct().ToList();
        var known = await KnownLeads.FindAsync(db, user, updatingImportId: null, keys, cancellationToken);
        return new ImportPreviewDuplicates(policy, known.Match).Rows(
            checkedRows, c => c.Draft.Row, c => c.Problems, c => ImportLeadRows.KeysOf(c.Incoming), c => [.. columns.Select(column => ValueOf(column, c))]);
    }

    private string? ValueOf(ImportColumn column, ImportCheckedLead row)
    {
        var cell = column.Index < row.Draft.Row.Cells.Count ? row.Draft.Row.Cells[column.Index] : default;
        var header = mapping.HeaderOf(column.Index);
        if (ImportValues.Text(cell) is not { } text || row.Problems.Any(p => p.Field == header))
        {
            return null;
        }

        var lead = row.Incoming;
        var choices = mapping.Choices;
        return column.Target switch
        {
            ImportTargetKind.Note => text,
            ImportTargetKind.Field => column.FieldKey switch
            {
                ImportFields.Status => choices.StatusNames.GetValueOrDefault(lead.StatusId),
                ImportFields.Source => choices.SourceNames.GetValueOrDefault(lead.SourceId),
                ImportFields.Responsible => lead.ResponsibleUserId is { } id ? choices.UserNames.GetValueOrDefault(id) : null,
                ImportFields.Phone => lead.PhoneE164,
                { } key => ImportLeadFields.ValueOf(lead, key),
                _ => null,
            },
            ImportTargetKind.CustomField when column.CustomFieldId is { } fieldId =>
                mapping.CustomFields.Shown(fieldId, row.Draft.CustomValues.GetValueOrDefault(fieldId) ?? []),
            _ => null,
        };
    }
}
