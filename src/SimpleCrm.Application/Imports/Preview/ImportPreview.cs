using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The wizard's last look before the run: the first <see cref="RowCount"/> data rows of the request's
/// stored file read exactly as the run will read them (the same mapping, culture, validation and
/// duplicate lookup, through the user's visibility), each with what will happen to it and why. Saves nothing.
/// </summary>
public sealed class ImportPreview(CrmDbContext db, ICurrentUser user, IImportTableOpener tables, PhoneNormalizer phones, TimeProvider clock)
{
    public const int RowCount = 50;

    public async Task<Result<ImportPreviewPage>> PreviewAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        if (user.UserId is null)
        {
            return Result<ImportPreviewPage>.NotFound();
        }

        var import = ImportCommands.Unsaved(request, user.UserId);
        var columns = request.Columns.Where(c => c.Target != ImportTargetKind.Ignored).ToList();
        await using var table = await tables.OpenAsync(import, cancellationToken);
        var rows = new List<ImportRow>(RowCount);
        await foreach (var row in table.ReadRowsAsync(0, cancellationToken))
        {
            rows.Add(row);
            if (rows.Count == RowCount)
            {
                break;
            }
        }

        var headers = table.Headers;
        var previewColumns = columns.Select(c => new ImportPreviewColumn(c, ImportColumnNames.HeaderOf(headers, c.Index))).ToList();
        IReadOnlyList<ImportPreviewRow> previewRows;
        if (request.EntityType == ImportEntityType.Lead)
        {
            var choices = await ImportLeadChoices.LoadAsync(db, request.Defaults, user.UserId, cancellationToken);
            var custom = await ImportCustomFields.LoadAsync(db, CustomFieldRecordType.Lead, columns, cancellationToken);
            var mapping = new ImportLeadMapping(columns, headers, import.ValueCulture, choices, custom);
            previewRows = await new ImportLeadPreview(db, user, mapping, new LeadValidator(db, phones, clock), columns, request.DuplicatePolicy).RowsAsync(rows, cancellationToken);
        }
        else
        {
            var custom = await ImportCustomFields.LoadAsync(db, CustomFieldRecordType.Contact, columns, cancellationToken);
            var mapping = new ImportContactMapping(columns, headers, import.ValueCulture, custom);
            previewRows = await new ImportContactPreview(db, user, mapping, new ContactValidator(db, phones, clock), phones, columns, import).RowsAsync(rows, cancellationToken);
        }

        var page = new ImportPreviewPage(previewColumns, previewRows);
        return Result<ImportPreviewPage>.Ok(page);
    }
}
