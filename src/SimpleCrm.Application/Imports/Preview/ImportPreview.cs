using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Imports.Reading;

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

        if (request.EntityType != ImportEntityType.Contact)
        {
            return Result<ImportPreviewPage>.Fail(new Failure(ImportMessages.NotSupported));
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

        var mapping = new ImportContactMapping(columns, table.Headers, import.ValueCulture);
        var contacts = new ImportContactPreview(db, user, mapping, new ContactValidator(db, phones, clock), phones, columns, import);
        var page = new ImportPreviewPage(
            [.. columns.Select(c => new ImportPreviewColumn(c, mapping.HeaderOf(c.Index)))],
            await contacts.RowsAsync(rows, cancellationToken));
        return Result<ImportPreviewPage>.Ok(page);
    }
}
