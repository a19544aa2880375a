using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// Reads custom field values for display, through the visibility rule of the record type: a record's
/// card, and the values of some fields on a page of records (list columns, exports), one query each.
/// </summary>
public sealed class CustomFieldReader(CrmDbContext db, ICurrentUser user)
{
    /// <summary>The active fields of the record type in order, each with the record's value; empty for a record the user may not see.</summary>
    public async Task<IReadOnlyList<CustomFieldShown>> ForRecordAsync(CustomFieldRecordType recordType, int recordId, CancellationToken cancellationToken)
    {
        var fields = await db.CustomFields.AsNoTracking()
            .Where(f => f.RecordType == recordType && !f.IsArchived)
            .OrderBy(f => f.Position).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.Label, f.Type })
            .ToListAsync(cancellationToken);
        if (fields.Count == 0 || !await CustomFieldRecords.VisibleIds(db, user, recordType).AnyAsync(id => id == recordId, cancellationToken))
        {
            return [];
        }

        var values = await ValuesAsync([.. fields.Select(f => f.Id)], [recordId], cancellationToken);
        return [.. fields.Select(f => new CustomFieldShown(f.Id, f.Label, f.Type, values.GetValueOrDefault((recordId, f.Id))))];
    }

    /// <summary>
    /// The list columns' read: the values of <paramref name="fieldIds"/> on a page of records, keyed
    /// by (record id, field id); records the user may not see and fields of another record type are
    /// left out. One query, whatever the page size.
    /// </summary>
    public async Task<IReadOnlyDictionary<(int RecordId, int FieldId), CustomFieldValueView>> ColumnsAsync(
        CustomFieldRecordType recordType, IReadOnlyCollection<int> fieldIds, IReadOnlyCollection<int> recordIds, CancellationToken cancellationToken)
    {
        if (fieldIds.Count == 0 || recordIds.Count == 0)
        {
            return new Dictionary<(int, int), CustomFieldValueView>();
        }

        var visible = await CustomFieldRecords.VisibleIds(db, user, recordType).Where(id => recordIds.Contains(id)).ToListAsync(cancellationToken);
        var ofType = await db.CustomFields.AsNoTracking().Where(f => f.RecordType == recordType && fieldIds.Contains(f.Id))
            .Select(f => f.Id).ToListAsync(cancellationToken);
        return await ValuesAsync(ofType, visible, cancellationToken);
    }

    /// <summary>The values of the fields on the records, grouped per record and field. The caller has checked visibility.</summary>
    internal async Task<Dictionary<(int RecordId, int FieldId), CustomFieldValueView>> ValuesAsync(
        IReadOnlyCollection<int> fieldIds, IReadOnlyCollection<int> recordIds, CancellationToken cancellationToken)
    {
        if (fieldIds.Count == 0 || recordIds.Count == 0)
        {
            return [];
        }

        var rows = await db.CustomFieldValues.AsNoTracking()
            .Where(v => fieldIds.Contains(v.FieldId) && recordIds.Contains(v.RecordId))
            .Select(v => new
            {
                v.RecordId,
                v.FieldId,
                v.Field!.Type,
                v.TextValue,
                v.NumberValue,
                v.Currency,
                v.DateValue,
                v.BoolValue,
                OptionLabel = v.Option != null ? v.Option.Label : null,
                OptionPosition = v.Option != null ? v.Option.Position : 0,
                v.FileId,
                FileName = v.File != null ? v.File.FileName : null,
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.RecordId, r.FieldId)).ToDictionary(g => g.Key, g =>
        {
            var first = g.First();
            return new CustomFieldValueView(
                first.FieldId, first.Type, first.TextValue ?? first.FileName, first.NumberValue, first.Currency, first.DateValue, first.BoolValue,
                [.. g.Where(r => r.OptionLabel is not null).OrderBy(r => r.OptionPosition).Select(r => r.OptionLabel!)])
            {
                FileId = first.FileId,
            };
        });
    }
}
