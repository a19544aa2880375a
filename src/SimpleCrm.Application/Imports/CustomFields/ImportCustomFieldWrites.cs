using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// A batch's custom field values, written as the forms write them (<see cref="CustomFieldEditor.Copy"/>):
/// a new record gets its rows; an updated record's field given in the file loses its old rows for the
/// new ones, the old ones kept in its <see cref="ImportBefore"/> (key "cf:{field id}") so undo can put
/// them back. Set-based: one query for the updated records' current rows, one save with the batch.
/// </summary>
internal static class ImportCustomFieldWrites
{
    public const string Prefix = "cf:";

    public static async Task StageAsync(CrmDbContext db, IReadOnlyList<(int RecordId, bool IsNew, IReadOnlyDictionary<int, IReadOnlyList<CustomFieldValue>> Values, ImportBefore Before)> writes, CancellationToken cancellationToken)
    {
        var updated = writes.Where(w => !w.IsNew && w.Values.Count > 0).ToList();
        var recordIds = updated.Select(w => w.RecordId).Distinct().ToList();
        var fieldIds = updated.SelectMany(w => w.Values.Keys).Distinct().ToList();
        var existing = recordIds.Count == 0
            ? []
            : await db.CustomFieldValues.Where(v => recordIds.Contains(v.RecordId) && fieldIds.Contains(v.FieldId)).ToListAsync(cancellationToken);
        var current = existing.ToLookup(v => (v.RecordId, v.FieldId));
        foreach (var (recordId, isNew, values, before) in writes)
        {
            foreach (var (fieldId, rows) in values)
            {
                if (!isNew)
                {
                    var old = current[(recordId, fieldId)].ToList();
                    before.Fields.TryAdd(Prefix + fieldId, ImportJson.Write(old.Select(v => CustomFieldEditor.Copy(v, recordId)).ToList()));
                    db.CustomFieldValues.RemoveRange(old);
                }

                db.CustomFieldValues.AddRange(rows.Select(v => CustomFieldEditor.Copy(v, recordId)));
            }
        }
    }

    /// <summary>Undo: the fields an update changed get their old rows back.</summary>
    public static async Task RestoreAsync(CrmDbContext db, IReadOnlyList<(int RecordId, ImportBefore Before)> restores, CancellationToken cancellationToken)
    {
        var olds = restores.SelectMany(r => r.Before.Fields.Where(f => f.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(f => (r.RecordId, FieldId: int.Parse(f.Key[Prefix.Length..], System.Globalization.CultureInfo.InvariantCulture), Rows: ImportJson.Read(f.Value, new List<CustomFieldValue>())))).ToList();
        if (olds.Count == 0)
        {
            return;
        }

        var recordIds = olds.Select(o => o.RecordId).Distinct().ToList();
        var fieldIds = olds.Select(o => o.FieldId).Distinct().ToList();
        var wanted = olds.Select(o => (o.RecordId, o.FieldId)).ToHashSet();
        var now = await db.CustomFieldValues.Where(v => recordIds.Contains(v.RecordId) && fieldIds.Contains(v.FieldId)).ToListAsync(cancellationToken);
        db.CustomFieldValues.RemoveRange(now.Where(v => wanted.Contains((v.RecordId, v.FieldId))));
        db.CustomFieldValues.AddRange(olds.SelectMany(o => o.Rows.Select(v => CustomFieldEditor.Copy(v, o.RecordId))));
    }
}
